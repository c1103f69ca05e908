import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReviewSection_BookingFragment } from '@skillcall/schema';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';
import { ReplyForm } from './ReplyForm';
import { ReviewForm } from './ReviewForm';
import { ReviewItem } from './ReviewItem';

/** Who reads the booking page: its user, its expert, or an admin looking on. */
export type ReviewReader = 'USER' | 'EXPERT' | 'ADMIN';

/**
 * The review of a session on its booking page (`#review`): for its user, "Rate this session" until the deadline
 * (in the viewer's zone), then the review as published; for the expert, the review and, once, their reply.
 */
export function ReviewSection({
  booking,
  reader,
  expertName,
}: {
  booking: ReviewSection_BookingFragment;
  reader: ReviewReader;
  expertName: string;
}) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const now = useNow(60_000);
  const { review, reviewTerms } = booking;
  const { hash } = useLocation();
  const ref = useRef<HTMLElement>(null);

  let body = null;
  let title = t('reviews.sectionTitle');
  if (review) {
    body = (
      <Stack gap="md">
        <ReviewItem review={review} expertName={expertName} />
        {reader === 'EXPERT' && !review.reply && <ReplyForm reviewId={review.id} />}
      </Stack>
    );
  } else if (reader === 'USER' && reviewTerms?.canReview) {
    title = t('reviews.rateTitle');
    body = (
      <Stack gap="sm">
        <Text size="sm" data-testid="review-deadline">
          {t('reviews.until', { date: dateTime(reviewTerms.until) })}
        </Text>
        <ReviewForm bookingId={booking.id} />
      </Stack>
    );
  } else if (reader === 'USER' && reviewTerms && booking.status === 'COMPLETED' && new Date(reviewTerms.until) <= now) {
    body = <Text size="sm">{t('reviews.over', { date: dateTime(reviewTerms.until) })}</Text>;
  }

  const shown = body !== null;
  // `/bookings/:id#review` (from the room's end or the session summary): the section arrives with the query.
  useEffect(() => {
    if (shown && hash === '#review') ref.current?.scrollIntoView({ block: 'start' });
  }, [shown, hash]);

  if (!body) return null;
  return (
    <Paper
      ref={ref}
      withBorder
      radius="md"
      p="lg"
      component="section"
      id="review"
      aria-labelledby="review-title"
      data-testid="booking-review"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="review-title">
          {title}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
