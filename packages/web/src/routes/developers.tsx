import { Alert, Box, Button, Grid, Group, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { RouterButton } from '../components/ui/RouterLink';
import { apiSchema } from '../features/developers/api-schema';
import { ExamplesSection } from '../features/developers/ExamplesSection';
import { GettingStarted } from '../features/developers/GettingStarted';
import { ReferenceFilter } from '../features/developers/ReferenceFilter';
import { ReferenceSections } from '../features/developers/ReferenceSections';
import { ReferenceToc } from '../features/developers/ReferenceToc';
import { WebhooksGuide } from '../features/developers/WebhooksGuide';
import { useReferenceLinkClicks } from '../features/developers/ReferenceLink';
import { ReferenceContext } from '../features/developers/reference-context';
import { buildApiReference, filterApiReference, type ApiReference } from '../features/developers/reference-model';
import { useScrollToHash } from '../features/developers/use-scroll-to-hash';
import classes from '../features/developers/developers.module.css';
import { useDocumentTitle } from '../lib/document-title';

/**
 * `/developers#Query.searchExperts`: the partner API's guide (endpoint, keys, limits, errors, examples,
 * webhooks) and its reference, generated from the committed schema's descriptions. Loaded lazily (see router.tsx):
 * the schema's text and graphql's schema builder stay out of the main bundle.
 */
export function DevelopersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('developerDocs.docTitle'));
  // Not kept in the address: anchors are what is shared, and the box must answer each keystroke at once.
  const [filter, setFilter] = useState('');
  const reference = useMemo(() => buildApiReference(apiSchema()), []);
  const shown = useMemo(() => filterApiReference(reference, filter), [reference, filter]);
  // The reference is a few thousand elements: it renders after the rest of the page, and after each keystroke, in
  // the background (null: not rendered yet), so the page shows and the filter box answers at once.
  const shownLater = useDeferredValue<ApiReference | null>(shown, null);
  const filtering = shownLater !== null && shownLater !== reference;
  const context = useMemo(() => ({ anchors: reference.anchors, t }), [reference, t]);
  const onReferenceLinkClick = useReferenceLinkClicks(() => setFilter(''));
  useScrollToHash(shownLater);
  const origin = window.location.origin;

  let referenceBody;
  if (shownLater === null) {
    referenceBody = (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={24} width="30%" />
        <Skeleton height={120} />
        <Skeleton height={120} />
      </Stack>
    );
  } else if (shownLater.roots.length === 0 && shownLater.types.length === 0) {
    referenceBody = (
      <EmptyMessage title={t('developerDocs.reference.empty', { filter: filter.trim() })}>
        <Stack gap="xs" align="center">
          {t('developerDocs.reference.emptyHint')}
          <Button variant="light" size="xs" onClick={() => setFilter('')}>
            {t('developerDocs.reference.clearFilter')}
          </Button>
        </Stack>
      </EmptyMessage>
    );
  } else {
    referenceBody = <ReferenceSections reference={shownLater} />;
  }

  return (
    <ReferenceContext.Provider value={context}>
      <Stack gap="xl" onClick={onReferenceLinkClick}>
        <Stack gap="sm">
          <Title order={1}>{t('developerDocs.title')}</Title>
          <Text maw={720}>{t('developerDocs.intro')}</Text>
          <Group gap="sm">
            <RouterButton to="/developers/keys" variant="filled">
              {t('developerDocs.keysLink')}
            </RouterButton>
            <RouterButton to="/developers/webhooks" variant="light">
              {t('developerDocs.webhooksLink')}
            </RouterButton>
          </Group>
        </Stack>

        <Grid gap="xl">
          <Grid.Col span={{ base: 12, md: 3 }}>
            <Box component="aside" className={classes.sidebar}>
              <Stack gap="sm">
                <ReferenceFilter value={filter} onChange={setFilter} shown={shown} />
                <ScrollArea.Autosize mah={{ base: '40vh', md: 'calc(100vh - 160px)' }} type="auto" offsetScrollbars>
                  <ReferenceToc reference={shownLater ?? shown} />
                </ScrollArea.Autosize>
              </Stack>
            </Box>
          </Grid.Col>

          <Grid.Col span={{ base: 12, md: 9 }}>
            <Stack gap="xl">
              {/* While filtering, the page is the reference's matches: the guide would push them out of sight. */}
              {!filtering && (
                <>
                  <Title order={2}>{t('developerDocs.toc.gettingStarted')}</Title>
                  <GettingStarted origin={origin} />
                  <ExamplesSection origin={origin} />
                  <WebhooksGuide />
                </>
              )}

              <Stack component="section" id="reference" gap="sm" aria-labelledby="reference-title">
                <Title order={2} id="reference-title">
                  {t('developerDocs.reference.title')}
                </Title>
                <Text size="sm">{t('developerDocs.reference.intro')}</Text>
                <Alert color="gray" variant="light">
                  {t('developerDocs.referenceLanguage')}
                </Alert>
              </Stack>
              {referenceBody}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </ReferenceContext.Provider>
  );
}
