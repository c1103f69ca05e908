import { Divider, Stack, Title } from '@mantine/core';
import type { ReviewList_ConnectionFragment } from '@skillcall/schema';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { ReviewItem } from './ReviewItem';

interface ReviewListProps {
  reviews: ReviewList_ConnectionFragment;
  /** Whose replies these are. */
  expertName: string;
  /** Fetches the page after the cursor; Apollo merges it into the same list (relayStylePagination). */
  onLoadMore: (after: string) => Promise<unknown>;
}

/** "Reviews" on an expert's or an offering's page: newest first, with "Show more", or "No reviews yet". */
export function ReviewList({ reviews, expertName, onLoadMore }: ReviewListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} data-testid="review-list">
      <Title order={2} size="h3" id={titleId}>
        {t('reviews.title')}
      </Title>
      {reviews.edges.length === 0 ? (
        <EmptyMessage title={t('reviews.empty')}>{t('reviews.emptyHint')}</EmptyMessage>
      ) : (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {reviews.edges.map(({ node }, index) => (
            <Fragment key={node.id}>
              {index > 0 && <Divider component="li" aria-hidden />}
              <li>
                <ReviewItem review={node} expertName={expertName} reportable />
              </li>
            </Fragment>
          ))}
        </Stack>
      )}
      <LoadMoreButton pageInfo={reviews.pageInfo} onLoadMore={onLoadMore} label={t('reviews.showMore')} />
    </Stack>
  );
}
