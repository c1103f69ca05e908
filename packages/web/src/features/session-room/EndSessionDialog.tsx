import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { EndSessionDocument, SessionRoomPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { useDateFormat } from '../identity/use-date-format';

interface EndSessionDialogProps {
  bookingId: string;
  opened: boolean;
  onClose: () => void;
  otherName: string;
  perMinute: boolean;
}

/** "End the session?": it ends for both, the booking is completed and a per-minute session billed for the connected time. */
export function EndSessionDialog({ bookingId, opened, onClose, otherName, perMinute }: EndSessionDialogProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  // The answer carries the ended room, which the page then shows (its cache entry is the one the page reads).
  const [endSession, { loading }] = useMutation(EndSessionDocument);
  const client = useApolloClient();
  const { failure, setFailure, attempt } = useFormFailure();

  const end = () =>
    attempt(async () => {
      const { data } = await endSession({ variables: { bookingId } });
      const result = data?.endSession;
      if (!result) throw new Error('endSession returned no data');
      switch (result.__typename) {
        case 'SessionSuccess':
          onClose();
          return;
        case 'SessionEndedError':
          // Ended meanwhile (by the other side, or at its end time): the page shows it once the room is read again.
          onClose();
          await client.refetchQueries({ include: [SessionRoomPageDocument] });
          return;
        case 'SessionNotStartedError':
          setFailure({ kind: 'message', message: t('room.end.notStarted', { name: otherName, date: dateTime(result.noShowAt) }) });
          return;
        default:
          assertNever(result);
      }
    });

  return (
    <Modal opened={opened} onClose={onClose} title={t('room.end.title')} centered>
      <Stack gap="md">
        <FormFailure failure={failure} />
        <Text size="sm">{t('room.end.text', { name: otherName })}</Text>
        {perMinute && <Text size="sm">{t('room.end.billing')}</Text>}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('room.end.keep')}
          </Button>
          <Button color="red" onClick={() => void end()} loading={loading}>
            {t('room.end.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
