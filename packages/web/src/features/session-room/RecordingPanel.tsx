import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { SetRecordingConsentDocument, type SessionRoomFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { useFormFailure } from '../../lib/form-failure';
import type { useRecording } from './use-recording';

interface RecordingPanelProps {
  room: SessionRoomFieldsFragment;
  recording: ReturnType<typeof useRecording>;
  /** Recording needs the other side's video or voice: not before the call is up. */
  canStart: boolean;
}

/**
 * Recording with both participants' consent: this side's "I agree" switch, the other side's answer, then Start and
 * Stop once both agree. Recordings are found on the booking page afterwards, for both to play or delete.
 */
export function RecordingPanel({ room, recording, canStart }: RecordingPanelProps) {
  const { t } = useTranslation();
  const [setConsent, { loading }] = useMutation(SetRecordingConsentDocument);
  const { failure, attempt } = useFormFailure();
  const mine = room.participants.find((participant) => participant.role === room.myRole);
  const other = room.participants.find((participant) => participant.role !== room.myRole);
  const otherName = other?.displayName ?? '';
  const otherRecording = room.recordings.some((item) => !item.ready && item.recordedBy !== room.myRole);
  const busy = recording.state === 'starting' || recording.state === 'stopping';

  // The switch follows a click at once; the room (with the other side's answer) follows the API.
  const [asked, setAsked] = useState<boolean | null>(null);
  const changeConsent = async (consent: boolean) => {
    setAsked(consent);
    await attempt(async () => {
      await setConsent({ variables: { bookingId: room.bookingId, consent } });
    });
    setAsked(null);
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="recording-title" data-testid="recording-panel">
      <Stack gap="sm">
        <Title order={2} size="h5" id="recording-title">
          {t('room.recording.title')}
        </Title>
        <FormFailure failure={failure ?? recording.failure} />
        <Switch
          label={t('room.recording.consent')}
          description={t('room.recording.consentHint')}
          checked={asked ?? !!mine?.consentsToRecording}
          disabled={loading}
          onChange={(event) => void changeConsent(event.currentTarget.checked)}
        />
        <Text size="sm" data-testid="other-consent">
          {other?.consentsToRecording
            ? t('room.recording.otherAgrees', { name: otherName })
            : t('room.recording.otherNotYet', { name: otherName })}
        </Text>
        {otherRecording && (
          <Text size="sm" c="red" fw={600}>
            {t('room.recording.otherRecording', { name: otherName })}
          </Text>
        )}
        {recording.state === 'recording' || recording.state === 'stopping' ? (
          <Button color="red" variant="light" w="fit-content" onClick={() => void recording.stop()} loading={busy}>
            {t('room.recording.stop')}
          </Button>
        ) : room.recordingAllowed ? (
          <Button color="red" w="fit-content" onClick={() => void recording.start()} loading={busy} disabled={!canStart}>
            {t('room.recording.start')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('room.recording.needsBoth')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('room.recording.whereToFind')}
        </Text>
      </Stack>
    </Paper>
  );
}
