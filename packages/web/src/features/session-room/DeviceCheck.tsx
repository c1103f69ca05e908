import { AspectRatio, Alert, Box, Button, Center, Grid, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalMediaState, MediaProblem } from './local-media';
import { canChooseSpeaker, type DeviceSelection, type MediaDeviceLists } from './media-devices';
import { MediaVideo } from './MediaVideo';
import { MicrophoneLevel } from './MicrophoneLevel';
import { playTestSound } from './test-sound';

interface DeviceCheckProps {
  media: LocalMediaState;
  devices: MediaDeviceLists;
  selection: DeviceSelection;
  onSelect: (change: Partial<DeviceSelection>) => void;
  onJoin: () => void;
  joining: boolean;
  /** Who is on the other side, and whether they are in the room already. */
  other: { name: string; present: boolean } | null;
  /** Above the check: why the viewer is back here (left, moved to another window), or why joining failed. */
  notice?: ReactNode;
}

/** Before entering: choose and try the camera, microphone and speaker, see yourself, hear the level, then join. */
export function DeviceCheck({ media, devices, selection, onSelect, onJoin, joining, other, notice }: DeviceCheckProps) {
  const { t } = useTranslation();
  const [testingSound, setTestingSound] = useState(false);
  const ready = media.status === 'ready';
  const stream = ready ? media.stream : null;
  const hasVideo = !!stream?.getVideoTracks().length;

  const options = (list: MediaDeviceInfo[], fallback: 'camera' | 'microphone' | 'speaker') =>
    list.map((device, index) => ({
      value: device.deviceId,
      label: device.label || t(`room.check.unnamed.${fallback}`, { number: index + 1 }),
    }));
  // The device actually in use, when none was chosen (or the chosen one is gone).
  const inUse = (kind: 'video' | 'audio') =>
    stream
      ?.getTracks()
      .find((track) => track.kind === kind)
      ?.getSettings().deviceId ?? null;
  const pick = (list: MediaDeviceInfo[], chosen: string | null, kind: 'video' | 'audio') => {
    const candidates = [chosen, inUse(kind)];
    return candidates.find((id) => id && list.some((device) => device.deviceId === id)) ?? null;
  };

  const testSound = async () => {
    setTestingSound(true);
    try {
      await playTestSound(selection.speakerId);
    } finally {
      setTestingSound(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="device-check-title" data-testid="device-check">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="device-check-title">
            {t('room.check.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {other?.present ? t('room.check.otherWaiting', { name: other.name }) : t('room.check.intro')}
          </Text>
        </Stack>
        {notice}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <AspectRatio ratio={16 / 9}>
              <Box bg="dark.7" style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }}>
                {!ready ? (
                  <Center h="100%" c="gray.3">
                    <Group gap="xs">
                      <Loader size="sm" color="gray.3" />
                      <Text size="sm">{t('room.check.opening')}</Text>
                    </Group>
                  </Center>
                ) : hasVideo ? (
                  <MediaVideo stream={stream} muted mirrored label={t('room.call.yourCamera')} testId="local-preview" />
                ) : (
                  <Center h="100%" c="gray.3" p="md">
                    <Text size="sm" ta="center">
                      {stream?.getAudioTracks().length ? t('room.check.noVideo') : t('room.check.noMedia')}
                    </Text>
                  </Center>
                )}
              </Box>
            </AspectRatio>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="sm">
              {ready && <ProblemAlert device="camera" problem={media.camera} />}
              {ready && <ProblemAlert device="microphone" problem={media.microphone} />}
              <Select
                label={t('room.check.camera')}
                placeholder={t('room.check.none')}
                data={options(devices.cameras, 'camera')}
                value={pick(devices.cameras, selection.cameraId, 'video')}
                onChange={(cameraId) => onSelect({ cameraId })}
                disabled={!devices.cameras.length}
                allowDeselect={false}
              />
              <Select
                label={t('room.check.microphone')}
                placeholder={t('room.check.none')}
                data={options(devices.microphones, 'microphone')}
                value={pick(devices.microphones, selection.microphoneId, 'audio')}
                onChange={(microphoneId) => onSelect({ microphoneId })}
                disabled={!devices.microphones.length}
                allowDeselect={false}
              />
              <MicrophoneLevel stream={stream} />
              {canChooseSpeaker && devices.speakers.length > 0 ? (
                <Select
                  label={t('room.check.speaker')}
                  placeholder={t('room.check.defaultSpeaker')}
                  data={options(devices.speakers, 'speaker')}
                  value={devices.speakers.some((device) => device.deviceId === selection.speakerId) ? selection.speakerId : null}
                  onChange={(speakerId) => onSelect({ speakerId })}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('room.check.systemSpeaker')}
                </Text>
              )}
              <Button variant="default" size="xs" w="fit-content" onClick={() => void testSound()} loading={testingSound}>
                {t('room.check.testSound')}
              </Button>
            </Stack>
          </Grid.Col>
        </Grid>
        <Group gap="sm" align="center">
          <Button size="md" onClick={onJoin} loading={joining} disabled={!ready}>
            {t('room.check.join')}
          </Button>
          {ready && !hasVideo && !stream?.getAudioTracks().length && (
            <Text size="sm" c="dimmed">
              {t('room.check.joinWithout')}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function ProblemAlert({ device, problem }: { device: 'camera' | 'microphone'; problem: MediaProblem | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <Alert color={problem === 'notFound' ? 'yellow' : 'red'} variant="light" title={t(`room.check.problemTitle.${device}`)} role="alert">
      <Text size="sm">{t(`room.check.problem.${problem}`, { device: t(`room.check.deviceName.${device}`) })}</Text>
    </Alert>
  );
}
