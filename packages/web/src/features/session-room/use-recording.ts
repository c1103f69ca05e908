import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { FinishRecordingDocument, StartRecordingDocument } from '@skillcall/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, type Failure } from '../../lib/errors';
import { mixForRecording, recordingMimeType, SessionRecorder, type RecorderStop } from './session-recorder';

export type RecordingState = 'idle' | 'starting' | 'recording' | 'stopping';

interface Active {
  recorder: SessionRecorder;
  recordingId: string;
  closeMix: () => void;
}

interface UseRecordingOptions {
  bookingId: string;
  /** Both participants agree and the session is open. */
  recordingAllowed: boolean;
  remoteCamera: MediaStream | null;
  localStream: MediaStream | null;
}

/**
 * A recording made in this browser: started once both agree, stopped by its button, when consent is withdrawn
 * (the room says so, or the server refuses chunks), when the session ends, and when the page goes; then sealed
 * for playback with finishRecording.
 */
export function useRecording({ bookingId, recordingAllowed, remoteCamera, localStream }: UseRecordingOptions) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [state, setState] = useState<RecordingState>('idle');
  const [failure, setFailure] = useState<Failure | null>(null);
  const active = useRef<Active | null>(null);

  const seal = useCallback(
    async (current: Active) => {
      try {
        await current.recorder.stop();
      } finally {
        current.closeMix();
      }
      await client.mutate({ mutation: FinishRecordingDocument, variables: { recordingId: current.recordingId } });
    },
    [client],
  );

  const finish = useCallback(
    async (reason: 'button' | RecorderStop) => {
      const current = active.current;
      if (!current) return;
      active.current = null;
      setState('stopping');
      try {
        await seal(current);
        if (reason === 'button') notifications.show({ color: 'teal', message: t('room.recording.saved') });
        else if (reason === 'refused') notifications.show({ color: 'yellow', message: t('room.recording.stoppedByRoom') });
        else setFailure({ kind: 'message', message: t('room.recording.uploadFailed') });
      } catch (error) {
        setFailure({ kind: 'error', error });
      } finally {
        setState('idle');
      }
    },
    [seal, t],
  );

  const start = useCallback(async () => {
    if (active.current) return;
    setFailure(null);
    const mix = mixForRecording(remoteCamera, localStream);
    const mimeType = recordingMimeType(mix.stream.getVideoTracks().length > 0);
    if (!mimeType) {
      mix.close();
      setFailure({ kind: 'message', message: t('room.recording.unsupported') });
      return;
    }
    setState('starting');
    try {
      const { data } = await client.mutate({ mutation: StartRecordingDocument, variables: { input: { bookingId, mimeType } } });
      const result = data?.startRecording;
      if (!result) throw new Error('startRecording returned no data');
      switch (result.__typename) {
        case 'RecordingSuccess': {
          const recorder = new SessionRecorder({
            stream: mix.stream,
            mimeType,
            uploadUrl: result.recording.uploadUrl,
            onHalt: (reason) => void finish(reason),
          });
          active.current = { recorder, recordingId: result.recording.id, closeMix: mix.close };
          setState('recording');
          return;
        }
        case 'RecordingNotAgreedError':
          setFailure({ kind: 'message', message: t('room.recording.notAgreed') });
          break;
        case 'InvalidInputError':
          setFailure({ kind: 'message', message: t('room.recording.unsupported') });
          break;
        default:
          assertNever(result);
      }
    } catch (error) {
      setFailure({ kind: 'error', error });
    }
    mix.close();
    setState('idle');
  }, [client, bookingId, remoteCamera, localStream, finish, t]);

  const stop = useCallback(() => finish('button'), [finish]);

  // Consent withdrawn (by either side) or the session over: the room no longer allows it.
  useEffect(() => {
    if (!recordingAllowed && active.current) void Promise.resolve().then(() => finish('refused'));
  }, [recordingAllowed, finish]);

  // Leaving the room (or the session ending) seals what was recorded.
  useEffect(
    () => () => {
      const current = active.current;
      active.current = null;
      if (current) void seal(current).catch(() => undefined);
    },
    [seal],
  );

  return { state, failure, start, stop };
}
