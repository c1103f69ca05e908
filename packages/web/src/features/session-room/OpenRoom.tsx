import { Alert, Text } from '@mantine/core';
import type { SessionMessageFieldsFragment, SessionRoomFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../lib/errors';
import { useDateFormat } from '../identity/use-date-format';
import { DeviceCheck } from './DeviceCheck';
import { useLocalMedia } from './local-media';
import { useDeviceSelection, useMediaDevices } from './media-devices';
import { SessionCall } from './SessionCall';
import { useRoomChat } from './use-room-chat';
import { useRoomPresence, type PresenceNotice } from './use-room-presence';
import { useSessionCall, type IceServerLike } from './use-session-call';

interface OpenRoomProps {
  title: string;
  room: SessionRoomFieldsFragment;
  iceServers: readonly IceServerLike[];
  history: readonly SessionMessageFieldsFragment[];
}

/**
 * An open room: the device check until the viewer joins (and again after leaving), then the call. Listening to
 * the room, its signals and its chat starts here, before joining, so nothing sent at the moment of joining is missed.
 * The camera and microphone stay open from the check into the call, and close when the page is left.
 */
export function OpenRoom({ title, room, iceServers, history }: OpenRoomProps) {
  const [selection, select] = useDeviceSelection();
  const media = useLocalMedia(selection);
  const localStream = media.status === 'ready' ? media.stream : null;
  const devices = useMediaDevices(localStream);
  const presence = useRoomPresence(room.bookingId);
  const call = useSessionCall({
    bookingId: room.bookingId,
    myRole: room.myRole,
    connectionId: presence.connectionId,
    localStream,
    iceServers,
  });
  const chat = useRoomChat(room.bookingId, history);
  const other = room.participants.find((participant) => participant.role !== room.myRole);

  if (!presence.connectionId) {
    return (
      <DeviceCheck
        media={media}
        devices={devices}
        selection={selection}
        onSelect={select}
        onJoin={() => void presence.join()}
        joining={presence.joining}
        other={other ? { name: other.displayName, present: other.present } : null}
        notice={presence.notice && <PresenceNoticeAlert notice={presence.notice} />}
      />
    );
  }
  return (
    <SessionCall
      title={title}
      room={room}
      call={call}
      localStream={localStream}
      speakerId={selection.speakerId}
      messages={chat.messages}
      onMessageSent={chat.add}
      onLeave={presence.leave}
    />
  );
}

function PresenceNoticeAlert({ notice }: { notice: PresenceNotice }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  let text: string;
  switch (notice.kind) {
    case 'left':
      text = t('room.presence.left');
      break;
    case 'elsewhere':
      text = t('room.presence.elsewhere');
      break;
    case 'notOpen':
      text = notice.opensAt ? t('room.presence.notOpen', { date: dateTime(notice.opensAt) }) : t('room.closed.unavailableText');
      break;
    case 'ended':
      text = t('room.presence.ended');
      break;
    case 'error':
      text = t(`errors.${errorKind(notice.error)}`);
      break;
  }
  const info = notice.kind === 'left' || notice.kind === 'elsewhere';
  return (
    <Alert color={info ? 'blue' : 'red'} variant="light" role={info ? 'status' : 'alert'} data-testid="presence-notice">
      <Text size="sm">{text}</Text>
    </Alert>
  );
}
