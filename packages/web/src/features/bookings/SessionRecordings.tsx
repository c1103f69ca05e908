import { useMutation } from '@apollo/client/react';
import { Button, Group, Loader, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  BookingPageDocument,
  DeleteSessionRecordingDocument,
  type SessionRecordingFieldsFragment,
  type SessionRoomFieldsFragment,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { formatBytes, formatClock } from '../../lib/format';
import { useFormFailure } from '../../lib/form-failure';
import { currentLanguage } from '../../lib/i18n';
import { useDateFormat } from '../identity/use-date-format';
import { participantName } from '../../lib/session-state';

type Room = SessionRoomFieldsFragment;
type Recording = SessionRecordingFieldsFragment;

/**
 * The session's recordings, for both participants: each finished one plays here, with its date, length, size and who
 * recorded it, and either participant may delete it (for both); one still being recorded says so.
 */
export function SessionRecordings({ session }: { session: Room }) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  // Kept after closing, so the dialog does not empty while it fades out.
  const [target, setTarget] = useState<Recording | null>(null);
  if (session.recordings.length === 0) return null;

  return (
    <Stack gap="sm" component="section" aria-labelledby="session-recordings-title">
      <Title order={3} size="h5" id="session-recordings-title">
        {t('bookingSession.recordings.title')}
      </Title>
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {session.recordings.map((recording) => (
          <RecordingItem
            key={recording.id}
            recording={recording}
            session={session}
            onDelete={() => {
              setTarget(recording);
              dialog.open();
            }}
          />
        ))}
      </Stack>
      <DeleteRecordingDialog recording={target} opened={opened} onClose={dialog.close} />
    </Stack>
  );
}

function RecordingItem({ recording, session, onDelete }: { recording: Recording; session: Room; onDelete: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const when = dateTime(recording.startedAt);
  const by =
    recording.recordedBy === session.myRole
      ? t('bookingSession.recordings.byYou')
      : t('bookingSession.recordings.byOther', { name: participantName(session, recording.recordedBy, t) });

  if (!recording.ready) {
    return (
      <Paper component="li" withBorder radius="md" p="sm" data-testid="session-recording">
        <Stack gap={4}>
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm" fw={600}>
              {t('bookingSession.recordings.inProgress')}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            <time dateTime={recording.startedAt}>{when}</time> · {by}
          </Text>
        </Stack>
      </Paper>
    );
  }

  // Stopped before its first chunk arrived (e.g. the session ended at once): nothing to play.
  const empty = recording.sizeBytes === 0;
  const length = recording.finishedAt ? formatClock((Date.parse(recording.finishedAt) - Date.parse(recording.startedAt)) / 1000) : null;
  const details = (empty ? [by] : [length, formatBytes(recording.sizeBytes, currentLanguage()), by]).filter(Boolean).join(' · ');
  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="session-recording">
      <Stack gap="xs">
        {empty ? (
          <Text size="sm" fw={600}>
            {t('bookingSession.recordings.empty')}
          </Text>
        ) : (
          <video
            controls
            preload="metadata"
            src={recording.url}
            aria-label={t('bookingSession.recordings.label', { date: when })}
            style={{ display: 'block', width: '100%', maxHeight: 360, background: 'black', borderRadius: 'var(--mantine-radius-sm)' }}
          />
        )}
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Text size="sm" c="dimmed">
            <time dateTime={recording.startedAt}>{when}</time> · {details}
          </Text>
          <Button
            size="xs"
            variant="light"
            color="red"
            aria-label={t('bookingSession.recordings.deleteLabel', { date: when })}
            onClick={onDelete}
          >
            {t('bookingSession.recordings.delete')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function DeleteRecordingDialog({ recording, opened, onClose }: { recording: Recording | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  // The room's recordings come with the page's query, asked again once this one is gone.
  const [deleteRecording, { loading }] = useMutation(DeleteSessionRecordingDocument, {
    refetchQueries: [BookingPageDocument],
    awaitRefetchQueries: true,
  });
  const { failure, setFailure, attempt } = useFormFailure();

  const confirm = (id: string) =>
    attempt(async () => {
      // False when it was already gone (the other participant deleted it): the refetch shows that too.
      await deleteRecording({ variables: { recordingId: id } });
      notifications.show({ color: 'teal', message: t('bookingSession.recordings.deleted') });
      onClose();
    });

  const close = () => {
    setFailure(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('bookingSession.recordings.deleteTitle')} centered>
      <Stack gap="md">
        <FormFailure failure={failure} />
        <Text size="sm">{t('bookingSession.recordings.deleteText', { date: recording ? dateTime(recording.startedAt) : '' })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('bookingSession.recordings.keep')}
          </Button>
          <Button color="red" loading={loading} disabled={!recording} onClick={() => recording && void confirm(recording.id)}>
            {t('bookingSession.recordings.confirmDelete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
