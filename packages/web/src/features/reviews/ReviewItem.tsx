import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReviewFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../identity/use-date-format';
import { ReportButton } from '../reports/ReportButton';
import { Stars } from './RatingStars';

/**
 * One published review: stars, author, date and text, then the expert's reply, indented. `reportable` adds "Report"
 * in public lists (not the booking page, where its author and expert read it), where the API says the viewer may:
 * signed in, and neither its author nor the expert it is about.
 */
export function ReviewItem({
  review,
  expertName,
  reportable = false,
}: {
  review: ReviewFieldsFragment;
  expertName: string;
  reportable?: boolean;
}) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  return (
    <Stack gap={6} data-testid="review">
      <Group gap="sm" align="center" wrap="wrap">
        <Stars value={review.rating} />
        <Text size="sm" fw={600} data-testid="review-author">
          {review.authorDeleted ? t('bookings.deletedAccount') : review.authorName}
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={review.createdAt}>{date(review.createdAt)}</time>
        </Text>
        {reportable && review.viewerCanReport && <ReportButton kind="REVIEW" targetId={review.id} />}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="review-body">
        {review.body}
      </Text>
      {review.reply && (
        <Paper withBorder radius="sm" p="sm" ml="xl" bg="var(--mantine-color-default-hover)" data-testid="review-reply">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('reviews.replyFrom', { name: expertName })}
              {review.repliedAt && (
                <Text span size="sm" c="dimmed" fw={400}>
                  {' · '}
                  <time dateTime={review.repliedAt}>{date(review.repliedAt)}</time>
                </Text>
              )}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {review.reply}
            </Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
