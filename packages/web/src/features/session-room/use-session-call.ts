import { useApolloClient, useSubscription } from '@apollo/client/react';
import { SessionRoomChangedDocument, type SessionRoomFieldsFragment } from '@skillcall/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onSocketReconnected } from '../../lib/apollo';
import { CallSession, idleCall, type CallSnapshot, type CallStats } from './call-session';

export interface IceServerLike {
  urls: readonly string[];
  username?: string | null;
  credential?: string | null;
}

/** The API's ICE servers as RTCPeerConnection takes them (no nulls: a null username would become "null"). */
export function toRtcIceServers(servers: readonly IceServerLike[]): RTCIceServer[] {
  return servers.map(({ urls, username, credential }) => ({
    urls: [...urls],
    ...(username != null ? { username } : {}),
    ...(credential != null ? { credential } : {}),
  }));
}

/** The other participant's current stay, as a room says it. */
export function otherConnectionId(room: Pick<SessionRoomFieldsFragment, 'myRole' | 'participants'>): string | null {
  return room.participants.find((participant) => participant.role !== room.myRole)?.connectionId ?? null;
}

interface UseSessionCallOptions {
  bookingId: string;
  myRole: SessionRoomFieldsFragment['myRole'];
  /** This page's stay while joined (null: not in the room). */
  connectionId: string | null;
  localStream: MediaStream | null;
  iceServers: readonly IceServerLike[];
}

/**
 * The call of the room page (see CallSession): listening for signals and the room's changes from the start, the
 * connection once joined, torn down on unmount. Also keeps the room's live changes in Apollo's cache.
 */
export function useSessionCall({ bookingId, myRole, connectionId, localStream, iceServers }: UseSessionCallOptions) {
  const client = useApolloClient();
  const session = useRef<CallSession | null>(null);
  const [snapshot, setSnapshot] = useState<CallSnapshot>(idleCall);
  // Read when joining: TURN credentials change with every fetch of the room, and must not restart a call.
  const latestIceServers = useRef(iceServers);
  useEffect(() => {
    latestIceServers.current = iceServers;
  });

  useEffect(() => {
    const call = new CallSession({ client, bookingId, polite: myRole === 'USER', onChange: setSnapshot });
    session.current = call;
    const stopListening = onSocketReconnected(() => call.recover());
    return () => {
      stopListening();
      call.dispose();
      session.current = null;
    };
  }, [client, bookingId, myRole]);

  useEffect(() => {
    const call = session.current;
    if (!call) return;
    if (connectionId) call.join(connectionId, localStream, toRtcIceServers(latestIceServers.current));
    else call.leave();
  }, [connectionId, localStream, bookingId, myRole]);

  useSubscription(SessionRoomChangedDocument, {
    variables: { bookingId },
    onData: ({ data }) => {
      const room = data.data?.sessionRoomChanged;
      if (room) session.current?.peerSeen(otherConnectionId(room));
    },
  });

  const shareScreen = useCallback(async () => {
    await session.current?.shareScreen();
  }, []);
  const stopScreen = useCallback(() => session.current?.stopScreen(), []);
  const replaceCamera = useCallback(async (previous: MediaStreamTrack, next: MediaStreamTrack) => {
    await session.current?.replaceCamera(previous, next);
  }, []);
  const stats = useCallback(async (): Promise<CallStats | null> => (await session.current?.stats()) ?? null, []);

  return { ...snapshot, shareScreen, stopScreen, replaceCamera, stats };
}
