import { DataList, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallStats } from './call-session';
import { readConnectionFigures, type ConnectionFigures, type InboundVideo } from './connection-stats';

interface ConnectionPanelProps {
  connectionState: RTCPeerConnectionState | null;
  stats: () => Promise<CallStats | null>;
}

/** For troubleshooting a call: the connection's state and route, and live figures of the video, every second. */
export function ConnectionPanel({ connectionState, stats }: ConnectionPanelProps) {
  const { t } = useTranslation();
  const [figures, setFigures] = useState<ConnectionFigures | null>(null);

  useEffect(() => {
    let previous: ConnectionFigures | null = null;
    let stopped = false;
    const read = async () => {
      const current = await stats();
      if (stopped) return;
      previous = current ? readConnectionFigures(current.report, current.roleOfTrack, previous) : null;
      setFigures(previous);
    };
    const timer = setInterval(() => void read(), 1000);
    void read();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [stats]);

  const none = t('room.connection.none');
  const state = connectionState ?? 'none';
  const route = figures?.localCandidateType
    ? t('room.connection.routeValue', {
        type: t(`room.connection.candidate.${candidateKey(figures.localCandidateType)}`),
        protocol: (figures.protocol ?? '').toUpperCase(),
      })
    : none;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      id="connection-panel"
      aria-labelledby="connection-title"
      data-testid="connection-panel"
    >
      <Stack gap="sm">
        <Title order={2} size="h5" id="connection-title">
          {t('room.connection.title')}
        </Title>
        <DataList labelWidth={170} size="sm">
          <Figure label={t('room.connection.state')} testId="connection-state" value={state}>
            {t(`room.connection.states.${state}`)}
          </Figure>
          <Figure label={t('room.connection.route')} testId="candidate-type" value={figures?.localCandidateType ?? ''}>
            {route}
          </Figure>
          <Figure label={t('room.connection.roundTrip')} testId="round-trip" value={String(figures?.roundTripMs ?? '')}>
            {figures?.roundTripMs != null ? t('room.connection.ms', { value: figures.roundTripMs }) : none}
          </Figure>
          <VideoFigures title={t('room.connection.inboundCamera')} video={figures?.camera ?? null} prefix="" />
          {figures?.screen && <VideoFigures title={t('room.connection.inboundScreen')} video={figures.screen} prefix="screen-" />}
          <Figure label={t('room.connection.outbound')} testId="outbound-bitrate" value={String(figures?.outboundKbps ?? '')}>
            {figures?.outboundKbps != null ? t('room.connection.kbps', { value: figures.outboundKbps }) : none}
          </Figure>
        </DataList>
        <Text size="xs" c="dimmed">
          {t('room.connection.hint')}
        </Text>
      </Stack>
    </Paper>
  );
}

const candidateKey = (type: string) =>
  ['host', 'srflx', 'prflx', 'relay'].includes(type) ? (type as 'host' | 'srflx' | 'prflx' | 'relay') : 'other';

function VideoFigures({ title, video, prefix }: { title: string; video: InboundVideo | null; prefix: '' | 'screen-' }) {
  const { t } = useTranslation();
  const none = t('room.connection.none');
  const resolution = video?.width && video.height ? `${video.width}×${video.height}` : '';
  return (
    <>
      <Figure label={t('room.connection.resolution', { video: title })} testId={`${prefix}inbound-resolution`} value={resolution}>
        {resolution || none}
      </Figure>
      <Figure
        label={t('room.connection.framesDecoded', { video: title })}
        testId={`${prefix}frames-decoded`}
        value={String(video?.framesDecoded ?? 0)}
      >
        {String(video?.framesDecoded ?? 0)}
        {video?.framesPerSecond != null && ` (${t('room.connection.fps', { value: Math.round(video.framesPerSecond) })})`}
      </Figure>
    </>
  );
}

/** One figure; `data-value` holds it raw (no units, no translation) for scripts and tests. */
function Figure({ label, value, testId, children }: { label: string; value: string; testId: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue data-testid={testId} data-value={value}>
        {children}
      </DataList.ItemValue>
    </DataList.Item>
  );
}
