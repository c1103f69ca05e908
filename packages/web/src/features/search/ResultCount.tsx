import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Above this, the API's total is an estimate. */
const exactUpTo = 1000;

/** "42 experts" / "About 12,400 experts", announced to screen readers when it changes. */
export function ResultCount({ count, ...props }: TextProps & { count: number }) {
  const { t } = useTranslation();
  return (
    <Text fw={600} role="status" aria-live="polite" data-testid="search-count" {...props}>
      {count > exactUpTo ? t('search.countAbout', { count }) : t('search.count', { count })}
    </Text>
  );
}
