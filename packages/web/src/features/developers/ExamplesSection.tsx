import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CodeSample } from './CodeSample';
import { DocSection } from './DocSection';
import { DocText } from './DocText';
import { bookingChangesExample, curlSnippet, fetchSnippet, httpExamples, subscriptionSnippet, type ExampleOperation } from './examples';
import { sectionTitleKeys } from '../../lib/partner-api';

function ExampleTitle({ example }: { example: ExampleOperation }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Title order={4} id={`example-${example.id}`}>
        {t(`developerDocs.examples.operations.${example.id}`)}
      </Title>
      <Text size="xs" c="dimmed">
        {t('developerDocs.examples.scope', { scope: example.scope })}
      </Text>
    </Stack>
  );
}

/** One HTTP example: the operation, and how to send it with curl or from Node. */
function HttpExample({ origin, example }: { origin: string; example: ExampleOperation }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="api-example">
      <ExampleTitle example={example} />
      <Tabs defaultValue="curl" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="curl">curl</Tabs.Tab>
          <Tabs.Tab value="node">Node.js</Tabs.Tab>
          <Tabs.Tab value="graphql">GraphQL</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="curl" pt="xs">
          <CodeSample label="curl" code={curlSnippet(origin, example)} />
        </Tabs.Panel>
        <Tabs.Panel value="node" pt="xs">
          <CodeSample label="Node.js" code={fetchSnippet(origin, example)} />
        </Tabs.Panel>
        <Tabs.Panel value="graphql" pt="xs">
          <Stack gap="xs">
            <CodeSample label="GraphQL" code={example.document} />
            <CodeSample label={t('developerDocs.examples.variables')} code={JSON.stringify(example.variables, null, 2)} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** Copyable requests for the common partner tasks, and a subscription. */
export function ExamplesSection({ origin }: { origin: string }) {
  const { t } = useTranslation();
  return (
    <DocSection id="examples" title={t(sectionTitleKeys.examples)}>
      <DocText i18nKey="developerDocs.examples.intro" />
      {httpExamples.map((example) => (
        <HttpExample key={example.id} origin={origin} example={example} />
      ))}
      <Stack gap="xs" data-testid="api-example">
        <ExampleTitle example={bookingChangesExample} />
        <DocText i18nKey="developerDocs.examples.subscription" />
        <CodeSample label="Node.js (graphql-ws)" code={subscriptionSnippet(origin, bookingChangesExample)} />
      </Stack>
    </DocSection>
  );
}
