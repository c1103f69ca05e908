import { useApolloClient, useQuery } from '@apollo/client/react';
import { Grid, Skeleton, Stack, Title } from '@mantine/core';
import { ExpertOfferingPageDocument, ReviewList_OfferingMoreDocument, ViewerExpertProfileDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { NotFoundState } from '../components/ui/NotFoundState';
import { RouterButton } from '../components/ui/RouterLink';
import { OfflineNotice } from '../features/billing/OfflineNotice';
import { OfferingBooking } from '../features/bookings/OfferingBooking';
import { AvailabilityBadge } from '../features/experts/AvailabilityBadge';
import { ExpertCard } from '../features/experts/ExpertCard';
import { OfferingDescription, OfferingHeader, OfferingTerms } from '../features/experts/OfferingDetails';
import { useViewer } from '../features/identity/use-viewer';
import { AskForHelpPanel } from '../features/instant/AskForHelpPanel';
import { AskQuestionButton } from '../features/messages/AskQuestionButton';
import { useLivePresence } from '../features/instant/use-live-presence';
import { ReviewList } from '../features/reviews/ReviewList';
import { summarize, useDocumentTitle, useMetaDescription } from '../lib/document-title';

/**
 * `/experts/:expertSlug/:offeringSlug`: one offering, its average rating and reviews, its expert, its price and
 * cancellation policy; a slot picker to
 * book it, and "Ask for help now" while the expert is available (kept live); for a paid offering, that payments are
 * simulated when this Skillcall uses the offline provider; "Ask a question" about it before booking.
 */
export function OfferingRoute() {
  const { t } = useTranslation();
  const { expertSlug = '', offeringSlug = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(ExpertOfferingPageDocument, {
    variables: { expertSlug, slug: offeringSlug },
    fetchPolicy: 'cache-and-network',
  });
  const offering = data?.offering;
  const client = useApolloClient();
  useLivePresence(offering ? [offering.expert.id] : []);
  // The root layout already asked for the viewer's expert profile: an expert cannot book their own offering.
  const { viewer } = useViewer();
  const ownProfile = useQuery(ViewerExpertProfileDocument, { skip: !viewer }).data?.myExpertProfile;
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

  const own = ownProfile?.id === offering.expert.id;
  const bookable = offering.status === 'PUBLISHED' && offering.expert.status === 'ACTIVE' && !own;
  return (
    <Stack gap="xl">
      <OfferingHeader offering={offering} rating={offering.rating} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="xl">
            <OfferingDescription offering={offering} />
            <OfferingBooking offering={offering} bookable={bookable} own={own} />
            <Stack gap="sm" component="section" aria-labelledby="offering-expert-title">
              <Title order={2} size="h3" id="offering-expert-title">
                {t('offering.expertTitle')}
              </Title>
              <ExpertCard expert={offering.expert} />
            </Stack>
            <ReviewList
              reviews={offering.reviews}
              expertName={offering.expert.displayName}
              onLoadMore={(after) =>
                client.query({
                  query: ReviewList_OfferingMoreDocument,
                  variables: { expertSlug, slug: offeringSlug, first: 5, after },
                  fetchPolicy: 'network-only',
                })
              }
            />
          </Stack>
        </Grid.Col>
        {/* On a phone, the price, the terms and "ask for help now" come before the slots and the reviews. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="lg">
            <AvailabilityBadge availableNow={offering.expert.availableNow} size="lg" data-testid="offering-availability" />
            {bookable && (
              <AskForHelpPanel
                offeringId={offering.id}
                expertName={offering.expert.displayName}
                availableNow={offering.expert.availableNow}
                paid={offering.price.model !== 'FREE'}
              />
            )}
            {bookable && <AskQuestionButton expertId={offering.expert.id} expertName={offering.expert.displayName} />}
            <OfferingTerms offering={offering} />
            {offering.price.model !== 'FREE' && <OfflineNotice provider={data?.paymentProvider} context="pay" />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
