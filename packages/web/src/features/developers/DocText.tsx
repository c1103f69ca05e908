import { Anchor, Code, Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import type { ComponentType, ReactElement } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'react-router';

/** The tags translations of the developer page may use: inline code and the links to the keys and webhooks pages. */
const components = {
  code: <Code />,
  keys: <Anchor component={Link} to="/developers/keys" inherit />,
  webhooks: <Anchor component={Link} to="/developers/webhooks" inherit />,
};

/**
 * Trans with a key already checked by DocText's own props: given the union of every key, Trans's props type is more
 * than TypeScript can represent.
 */
const CheckedTrans = Trans as unknown as ComponentType<{
  i18nKey: string;
  values?: Record<string, string | number>;
  components: Record<string, ReactElement>;
}>;

/** A translated paragraph (or list item, with `component="span"`) of the developer page. */
export function DocText({
  i18nKey,
  values,
  component = 'p',
}: {
  i18nKey: ParseKeys;
  values?: Record<string, string | number>;
  component?: 'p' | 'span';
}) {
  return (
    <Text component={component} size="sm">
      <CheckedTrans i18nKey={i18nKey} values={values} components={components} />
    </Text>
  );
}
