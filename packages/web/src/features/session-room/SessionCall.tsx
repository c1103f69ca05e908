import { Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SessionMessageFieldsFragment, SessionRoomFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallControls } from './CallControls';
import { ChatPanel } from './ChatPanel';
import { ConnectedTime } from './ConnectedTime';
import { ConnectionPanel } from './ConnectionPanel';
import { EndSessionDialog } from './EndSessionDialog';
import { RecordingPanel } from './RecordingPanel';
import { RoomSidePanels, type RoomSidePanel } from './RoomSidePanels';
import { RoomWorkspace } from '../workspace/RoomWorkspace';
import { canRecord } from './session-recorder';
import { useCameraSwitch } from './use-camera-switch';
import { useRecording } from './use-recording';
import type { useSessionCall } from './use-session-call';
import { VideoStage } from './VideoStage';

interface SessionCallProps {
  title: string;
  room: SessionRoomFieldsFragment;
  call: ReturnType<typeof useSessionCall>;
  localStream: MediaStream | null;
  speakerId: string | null;
  messages: readonly SessionMessageFieldsFragment[];
  onMessageSent: (message: SessionMessageFieldsFragment) => void;
  onLeave: () => Promise<void>;
}

const canShareScreen = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getDisplayMedia;

/** In the room: the video, the controls, the chat, recording, and the Connection panel on demand. */
export function SessionCall({ title, room, call, localStream, speakerId, messages, onMessageSent, onLeave }: SessionCallProps) {
  const { t } = useTranslation();
  const [microphoneOn, setMicrophoneOn] = useState(true);
  const [cameraOn, setCameraOn] = useState(true);
  const [connectionOpen, setConnectionOpen] = useState(false);
  const [ending, setEnding] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const other = room.participants.find((participant) => participant.role !== room.myRole);
  const otherName = other?.displayName ?? '';
  const recording = useRecording({
    bookingId: room.bookingId,
    recordingAllowed: room.recordingAllowed,
    remoteCamera: call.remote.camera,
    localStream,
  });
  const recordingUnderWay = room.recordings.some((item) => !item.ready);
  const cameraSwitch = useCameraSwitch(localStream, call.replaceCamera);
  // The panels beside the video (tabs on a phone), one line each.
  const sidePanels: RoomSidePanel[] = [
    { id: 'workspace', label: t('workspace.title'), panel: <RoomWorkspace room={room} title={title} /> },
    {
      id: 'chat',
      label: t('room.chat.title'),
      panel: <ChatPanel bookingId={room.bookingId} myRole={room.myRole} messages={messages} onSent={onMessageSent} />,
    },
    ...(canRecord()
      ? [
          {
            id: 'recording',
            label: t('room.recording.title'),
            panel: <RecordingPanel room={room} recording={recording} canStart={call.connectionState === 'connected'} />,
          },
        ]
      : []),
  ];

  const setEnabled = (kind: 'audio' | 'video', enabled: boolean) => {
    for (const track of localStream?.getTracks() ?? []) if (track.kind === kind) track.enabled = enabled;
  };
  const toggleMicrophone = () => {
    setEnabled('audio', !microphoneOn);
    setMicrophoneOn(!microphoneOn);
  };
  const toggleCamera = () => {
    setEnabled('video', !cameraOn);
    setCameraOn(!cameraOn);
  };
  const switchCamera = async () => {
    if (!(await cameraSwitch.switchCamera())) notifications.show({ color: 'red', message: t('roomPhone.switchFailed') });
  };
  const shareScreen = async () => {
    try {
      await call.shareScreen();
    } catch (error) {
      // Cancelled in the browser's picker: nothing to say.
      if (error instanceof DOMException && error.name === 'NotAllowedError') return;
      notifications.show({ color: 'red', message: t('room.call.shareFailed') });
    }
  };
  const leave = async () => {
    setLeaving(true);
    try {
      await onLeave();
    } finally {
      setLeaving(false);
    }
  };

  return (
    <Stack gap="md" data-testid="session-call">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={0}>
          <Title order={1} size="h3">
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {t('room.call.with', { name: otherName })}
          </Text>
        </Stack>
        <Group gap="md" align="center">
          {recordingUnderWay && (
            <Badge
              color="red"
              variant="filled"
              size="lg"
              role="status"
              data-testid="rec-indicator"
              aria-label={t('room.recording.indicatorLabel')}
            >
              {t('room.recording.indicator')}
            </Badge>
          )}
          <ConnectedTime room={room} />
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="sm">
            <VideoStage
              remote={call.remote}
              other={{ name: otherName, present: !!other?.present }}
              connecting={call.connectionState !== 'connected'}
              localStream={localStream}
              cameraOn={cameraOn}
              mirrored={cameraSwitch.facing === 'user'}
              screen={call.screen}
              speakerId={speakerId}
            />
            <CallControls
              microphone={{ available: !!localStream?.getAudioTracks().length, on: microphoneOn, toggle: toggleMicrophone }}
              camera={{ available: !!localStream?.getVideoTracks().length, on: cameraOn, toggle: toggleCamera }}
              cameraSwitch={{ available: cameraSwitch.available, switching: cameraSwitch.switching, onSwitch: () => void switchCamera() }}
              screen={{ available: canShareScreen(), sharing: !!call.screen, share: () => void shareScreen(), stop: call.stopScreen }}
              connection={{ open: connectionOpen, toggle: () => setConnectionOpen(!connectionOpen) }}
              onLeave={() => void leave()}
              onEnd={() => setEnding(true)}
              leaving={leaving}
            />
            {connectionOpen && <ConnectionPanel connectionState={call.connectionState} stats={call.stats} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <RoomSidePanels panels={sidePanels} label={t('roomPhone.panels')} />
        </Grid.Col>
      </Grid>
      <EndSessionDialog
        bookingId={room.bookingId}
        opened={ending}
        onClose={() => setEnding(false)}
        otherName={otherName}
        perMinute={room.billedMinutes !== null}
      />
    </Stack>
  );
}
