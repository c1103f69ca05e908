import { useTranslation } from 'react-i18next';
import { NotFoundState } from '../../components/ui/NotFoundState';
import { RouterButton } from '../../components/ui/RouterLink';

/** A booking page (its details, room or checkout) whose booking does not exist or is not the viewer's: back to all bookings. */
export function BookingNotFound({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <NotFoundState
      title={title}
      text={text}
      action={
        <RouterButton to="/bookings" variant="light">
          {t('booking.allBookings')}
        </RouterButton>
      }
    />
  );
}
