import { Code, List } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DocSection } from './DocSection';
import { DocText } from './DocText';
import { webSocketOrigin } from './examples';
import { apiKeyScopes, defaultRequestsPerMinute, graphqlErrorCodes, sectionTitleKeys } from '../../lib/partner-api';

/** A list of codes, each with what it means (scopes, error codes). */
function CodeList<Item extends string>({ codes, describe }: { codes: readonly Item[]; describe: (code: Item) => ReactNode }) {
  return (
    <List size="sm" spacing={4}>
      {codes.map((code) => (
        <List.Item key={code}>{describe(code)}</List.Item>
      ))}
    </List>
  );
}

/** Where the API is, how to authenticate, its limits, and how results and errors are shaped. */
export function GettingStarted({ origin }: { origin: string }) {
  const { t } = useTranslation();
  return (
    <>
      <DocSection id="endpoint" title={t(sectionTitleKeys.endpoint)}>
        <DocText i18nKey="developerDocs.endpoint.http" values={{ origin }} />
        <DocText i18nKey="developerDocs.endpoint.ws" values={{ wsOrigin: webSocketOrigin(origin) }} />
        <DocText i18nKey="developerDocs.endpoint.csrf" />
      </DocSection>

      <DocSection id="authentication" title={t(sectionTitleKeys.authentication)}>
        <DocText i18nKey="developerDocs.auth.keys" />
        <DocText i18nKey="developerDocs.auth.scopesIntro" />
        <CodeList
          codes={apiKeyScopes}
          describe={(scope) => (
            <>
              <Code>{scope}</Code> — <DocText component="span" i18nKey={`developerDocs.auth.scopes.${scope}`} />
            </>
          )}
        />
        <DocText i18nKey="developerDocs.auth.readOnly" />
        <DocText i18nKey="developerDocs.auth.trusted" />
      </DocSection>

      <DocSection id="limits" title={t(sectionTitleKeys.limits)}>
        <DocText i18nKey="developerDocs.limits.rate" values={{ perMinute: defaultRequestsPerMinute }} />
        <DocText i18nKey="developerDocs.limits.over" />
        <DocText i18nKey="developerDocs.limits.shape" />
      </DocSection>

      <DocSection id="errors" title={t(sectionTitleKeys.errors)}>
        <DocText i18nKey="developerDocs.errors.domain" />
        <DocText i18nKey="developerDocs.errors.graphql" />
        <CodeList
          codes={graphqlErrorCodes}
          describe={(code) => (
            <>
              <Code>{code}</Code> — <DocText component="span" i18nKey={`developerDocs.errors.codes.${code}`} />
            </>
          )}
        />
        <DocText i18nKey="developerDocs.errors.money" />
        <DocText i18nKey="developerDocs.errors.time" />
        <DocText i18nKey="developerDocs.errors.lists" />
      </DocSection>
    </>
  );
}
