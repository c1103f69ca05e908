import { useQuery } from '@apollo/client/react';
import { Grid, Skeleton, Stack, Title } from '@mantine/core';
import { ExpertOfferingPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { NotFoundState } from '../components/ui/NotFoundState';
import { RouterButton } from '../components/ui/RouterLink';
import { ExpertCard } from '../features/experts/ExpertCard';
import { OfferingDescription, OfferingHeader, OfferingTerms } from '../features/experts/OfferingDetails';
import { summarize, useDocumentTitle, useMetaDescription } from '../lib/document-title';

/** `/experts/:expertSlug/:offeringSlug`: one offering, its expert, its price and cancellation policy. */
export function OfferingRoute() {
  const { t } = useTranslation();
  const { expertSlug = '', offeringSlug = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ExpertOfferingPageDocument, {
    variables: { expertSlug, slug: offeringSlug },
    fetchPolicy: 'cache-and-network',
  });
  const offering = data?.offering;
  useDocumentTitle(
    offering ? `${offering.title} · ${offering.expert.displayName}` : data ? t('offering.notFoundTitle') : t('common.loading'),
  );
  useMetaDescription(offering ? summarize(offering.description) : null);

  if (error && !data) return <ErrorState title={t('offering.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Stack gap="lg" aria-busy="true">
        <Skeleton height={36} width="50%" />
        <Skeleton height={16} width="30%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  if (!offering) {
    return (
      <NotFoundState
        title={t('offering.notFoundTitle')}
        text={t('offering.notFoundText')}
        action={
          <RouterButton to={`/experts/${expertSlug}`} variant="light">
            {t('offering.seeExpert')}
          </RouterButton>
        }
      />
    );
  }

  return (
    <Stack gap="xl">
      <OfferingHeader offering={offering} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <OfferingDescription offering={offering} />
            <Stack gap="sm" component="section" aria-labelledby="offering-expert-title">
              <Title order={2} size="h3" id="offering-expert-title">
                {t('offering.expertTitle')}
              </Title>
              <ExpertCard expert={offering.expert} />
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <OfferingTerms offering={offering} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
