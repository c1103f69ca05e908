import type { SessionRoomFieldsFragment } from '@skillcall/schema';
import { Workspace } from './Workspace';

/** The workspace in the session room: editable while the room is open, read-only once the session ended. */
export function RoomWorkspace({ room, title }: { room: SessionRoomFieldsFragment; title: string }) {
  const me = room.participants.find((participant) => participant.role === room.myRole);
  return <Workspace bookingId={room.bookingId} myName={me?.displayName ?? ''} sessionEnded={room.state === 'ENDED'} title={title} />;
}
