import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SessionCompletion_CompleteDocument, type SessionCompletion_BookingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';

/**
 * The expert marks a session as held (COMPLETED) once it has started: the payment settles and the user's 72-hour
 * guarantee starts. Before the start the button waits, saying from when it can be used.
 */
export function SessionCompletion({ booking }: { booking: SessionCompletion_BookingFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const now = useNow(15_000);
  const [complete, { loading }] = useMutation(SessionCompletion_CompleteDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  if (booking.status !== 'CONFIRMED' && booking.status !== 'IN_SESSION') return null;
  const started = new Date(booking.startsAt).getTime() <= now.getTime();

  const markAsHeld = () =>
    attempt(async () => {
      const { data } = await complete({ variables: { bookingId: booking.id } });
      const result = data?.completeBooking;
      if (!result) throw new Error('completeBooking returned no data');
      switch (result.__typename) {
        case 'BookingSuccess':
          notifications.show({ color: 'teal', message: t('billing.completion.done') });
          return;
        case 'BookingTransitionError':
          setFailure({ kind: 'message', message: t('billing.completion.refused', { status: t(`bookingStatus.${result.from}`) }) });
          return;
        default:
          assertNever(result);
      }
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="session-completion-title" data-testid="session-completion">
      <Stack gap="sm">
        <Title order={2} size="h4" id="session-completion-title">
          {t('billing.completion.title')}
        </Title>
        <Text size="sm">
          {started ? t('billing.completion.text') : t('billing.completion.notStarted', { date: dateTime(booking.startsAt) })}
        </Text>
        <FormFailure failure={failure} />
        <Button onClick={() => void markAsHeld()} loading={loading} disabled={!started} w="fit-content">
          {t('billing.completion.button')}
        </Button>
      </Stack>
    </Paper>
  );
}
