import { useApolloClient, useQuery } from '@apollo/client/react';
import { Grid, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { ExpertPageDocument, ReviewList_ExpertMoreDocument, ViewerExpertProfileDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { NotFoundState } from '../components/ui/NotFoundState';
import { ExpertBio, ExpertFacts, ExpertProfileHeader } from '../features/experts/ExpertProfile';
import { ExpertPageSkeleton } from '../features/experts/ExpertPageSkeleton';
import { OfferingCard } from '../features/experts/OfferingCard';
import { useViewer } from '../features/identity/use-viewer';
import { useLivePresence } from '../features/instant/use-live-presence';
import { AskQuestionButton } from '../features/messages/AskQuestionButton';
import { ReplyTime } from '../features/messages/ReplyTime';
import { ReportButton } from '../features/reports/ReportButton';
import { ReviewList } from '../features/reviews/ReviewList';
import { useDocumentTitle, useMetaDescription } from '../lib/document-title';

/**
 * `/experts/:slug`: an expert's public profile, average rating, offerings and reviews ("Show more"), with their "available now" badge kept live. Unknown and
 * suspended experts are not found. Others can "Ask a question" (see AskQuestionButton) and read how fast the expert usually replies. Signed-in visitors may report the profile (not their own) and each review.
 */
export function ExpertRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ExpertPageDocument, { variables: { slug }, fetchPolicy: 'cache-and-network' });
  const expert = data?.expert;
  const client = useApolloClient();
  const { viewer } = useViewer();
  // The viewer's own profile (already asked by the header): no "Report" on it.
  const ownProfile = useQuery(ViewerExpertProfileDocument, { skip: !viewer }).data?.myExpertProfile;
  useLivePresence(expert ? [expert.id] : []);
  useDocumentTitle(expert ? `${expert.displayName} · ${expert.headline}` : data ? t('expert.notFoundTitle') : t('common.loading'));
  useMetaDescription(expert?.headline ?? null);

  if (error && !data) return <ErrorState title={t('expert.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <ExpertPageSkeleton />;
  if (!expert) return <NotFoundState title={t('expert.notFoundTitle')} text={t('expert.notFoundText')} />;

  return (
    <Stack gap="xl">
      <ExpertProfileHeader expert={expert} rating={expert.rating} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="xl">
            <ExpertBio expert={expert} />
            <Stack gap="sm" component="section" aria-labelledby="expert-offerings-title">
              <Title order={2} size="h3" id="expert-offerings-title">
                {t('expert.offerings')}
              </Title>
              {expert.offerings.length > 0 ? (
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  {expert.offerings.map((offering) => (
                    <OfferingCard key={offering.id} offering={offering} expertSlug={expert.slug} />
                  ))}
                </SimpleGrid>
              ) : (
                <EmptyMessage title={t('expert.noOfferings')}>{t('expert.noOfferingsHint')}</EmptyMessage>
              )}
            </Stack>
            <ReviewList
              reviews={expert.reviews}
              expertName={expert.displayName}
              onLoadMore={(after) =>
                client.query({ query: ReviewList_ExpertMoreDocument, variables: { slug, first: 5, after }, fetchPolicy: 'network-only' })
              }
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="xs">
            {ownProfile?.id !== expert.id && <AskQuestionButton expertId={expert.id} expertName={expert.displayName} />}
            <ReplyTime minutes={expert.typicalReplyMinutes} />
            <ExpertFacts expert={expert} />
            {ownProfile?.id !== expert.id && (
              <Group justify="flex-end">
                <ReportButton kind="EXPERT" targetId={expert.id} />
              </Group>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
