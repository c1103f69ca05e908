import { AspectRatio, Badge, Box, Center, Grid, Loader, Stack, Text, useMatches } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemoteMedia } from './peer-link';
import { MediaVideo } from './MediaVideo';

interface VideoStageProps {
  remote: RemoteMedia;
  other: { name: string; present: boolean };
  /** Whether the connection to the other side is being made (not up yet). */
  connecting: boolean;
  localStream: MediaStream | null;
  cameraOn: boolean;
  /** Whether this side's camera shows as in a mirror (the front one). */
  mirrored: boolean;
  /** The screen this side shares. */
  screen: MediaStream | null;
  speakerId: string | null;
}

/**
 * The other side large (their shared screen, when there is one, as its own tile beside their camera), and this
 * side small in a corner: their camera, and the screen they share.
 */
export function VideoStage({ remote, other, connecting, localStream, cameraOn, mirrored, screen, speakerId }: VideoStageProps) {
  const { t } = useTranslation();
  const hasLocalVideo = !!localStream?.getVideoTracks().length;
  // Their sound plays from the video element even when they send no picture.
  const remoteVideo = !!remote.camera?.getVideoTracks().length;

  const camera = (
    <Tile label={other.name} testId="remote-camera-tile">
      {remote.camera && (
        <MediaVideo
          stream={remote.camera}
          label={t('room.call.otherCamera', { name: other.name })}
          speakerId={speakerId}
          fit="contain"
          testId="remote-camera"
        />
      )}
      {!remoteVideo && (
        <Center pos="absolute" inset={0} c="gray.3" p="md">
          <Stack gap="xs" align="center">
            {other.present && connecting && <Loader size="sm" color="gray.3" />}
            <Text size="sm" ta="center" data-testid="remote-status">
              {!other.present
                ? t('room.call.waiting', { name: other.name })
                : connecting
                  ? t('room.call.connecting', { name: other.name })
                  : t('room.call.noCamera', { name: other.name })}
            </Text>
          </Stack>
        </Center>
      )}
    </Tile>
  );

  return (
    <Box pos="relative">
      {remote.screen ? (
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Tile label={t('room.call.otherScreen', { name: other.name })} testId="remote-screen-tile">
              <MediaVideo
                stream={remote.screen}
                muted
                label={t('room.call.otherScreen', { name: other.name })}
                fit="contain"
                testId="remote-screen"
              />
            </Tile>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>{camera}</Grid.Col>
        </Grid>
      ) : (
        camera
      )}
      <Stack gap={6} pos="absolute" bottom={10} right={10} w={{ base: 110, sm: 180 }} style={{ zIndex: 1 }}>
        {screen && (
          <SmallTile label={t('room.call.yourScreen')}>
            <MediaVideo stream={screen} muted label={t('room.call.yourScreen')} fit="contain" testId="local-screen" />
          </SmallTile>
        )}
        <SmallTile label={t('room.call.you')} testId="local-camera-tile">
          {hasLocalVideo && cameraOn ? (
            <MediaVideo stream={localStream} muted mirrored={mirrored} label={t('room.call.yourCamera')} testId="local-camera" />
          ) : (
            <Center h="100%" c="gray.4">
              <Text size="xs">{t('room.call.cameraIsOff')}</Text>
            </Center>
          )}
        </SmallTile>
      </Stack>
    </Box>
  );
}

function Tile({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  // A phone held upright: a taller picture (phones send their camera upright too).
  const ratio = useMatches({ base: 3 / 4, sm: 16 / 9 });
  return (
    <AspectRatio ratio={ratio}>
      <Box bg="dark.8" pos="relative" style={{ borderRadius: 'var(--mantine-radius-md)', overflow: 'hidden' }} data-testid={testId}>
        {children}
        <Badge pos="absolute" top={8} left={8} variant="filled" color="dark" tt="none" style={{ opacity: 0.85 }}>
          {label}
        </Badge>
      </Box>
    </AspectRatio>
  );
}

function SmallTile({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <AspectRatio ratio={16 / 9}>
      <Box
        bg="dark.6"
        pos="relative"
        style={{ borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden', boxShadow: 'var(--mantine-shadow-md)' }}
        data-testid={testId}
      >
        {children}
        <Text size="xs" c="white" pos="absolute" bottom={2} left={6} style={{ textShadow: '0 0 3px black' }}>
          {label}
        </Text>
      </Box>
    </AspectRatio>
  );
}
