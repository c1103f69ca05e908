import { Alert, Box, Button, Grid, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { RouterButton } from '../components/ui/RouterLink';
import { apiSchema } from '../features/developers/api-schema';
import { ExamplesSection } from '../features/developers/ExamplesSection';
import { GettingStarted } from '../features/developers/GettingStarted';
import { ReferenceFilter } from '../features/developers/ReferenceFilter';
import { ReferenceSections } from '../features/developers/ReferenceSections';
import { ReferenceToc } from '../features/developers/ReferenceToc';
import { WebhooksGuide } from '../features/developers/WebhooksGuide';
import { ReferenceAnchorsContext } from '../features/developers/reference-context';
import { buildApiReference, filterApiReference } from '../features/developers/reference-model';
import { useScrollToHash } from '../features/developers/use-scroll-to-hash';
import classes from '../features/developers/developers.module.css';
import { useDocumentTitle } from '../lib/document-title';

/**
 * `/developers?filter=…#Query.searchExperts`: the partner API's guide (endpoint, keys, limits, errors, examples,
 * webhooks) and its reference, generated from the committed schema's descriptions. Loaded lazily (see router.tsx):
 * the schema's text and graphql's schema builder stay out of the main bundle.
 */
export function DevelopersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('developerDocs.docTitle'));
  const [params, setParams] = useSearchParams();
  const filter = params.get('filter') ?? '';
  const reference = useMemo(() => buildApiReference(apiSchema()), []);
  // Typing stays responsive: the reference re-renders with the filter a moment later.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => filterApiReference(reference, deferredFilter), [reference, deferredFilter]);
  useScrollToHash(shown);
  const origin = window.location.origin;

  const setFilter = (value: string) => setParams(value ? { filter: value } : {}, { replace: true });
  const filtering = deferredFilter.trim() !== '';
  const nothingShown = shown.roots.length === 0 && shown.types.length === 0;

  return (
    <ReferenceAnchorsContext.Provider value={reference.anchors}>
      <Stack gap="xl">
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
                <ScrollArea.Autosize mah="calc(100vh - 160px)" type="auto" offsetScrollbars>
                  <ReferenceToc reference={shown} />
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
              {nothingShown ? (
                <EmptyMessage title={t('developerDocs.reference.empty', { filter: deferredFilter.trim() })}>
                  <Stack gap="xs" align="center">
                    {t('developerDocs.reference.emptyHint')}
                    <Button variant="light" size="xs" onClick={() => setFilter('')}>
                      {t('developerDocs.reference.clearFilter')}
                    </Button>
                  </Stack>
                </EmptyMessage>
              ) : (
                <ReferenceSections reference={shown} />
              )}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </ReferenceAnchorsContext.Provider>
  );
}
