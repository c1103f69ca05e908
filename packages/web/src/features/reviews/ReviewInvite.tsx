import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/ui/RouterLink';

/** After a session, the user's way to the review form of its booking page. */
export function ReviewInvite({ bookingId }: { bookingId: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" data-testid="review-invite">
      {t('reviews.inviteText')}{' '}
      <RouterAnchor to={`/bookings/${bookingId}#review`} inherit>
        {t('reviews.inviteLink')}
      </RouterAnchor>
    </Text>
  );
}
