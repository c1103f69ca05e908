/**
 * This page's stay in the room: joining, the heartbeat every 10 seconds, joining again when the stay is over (a
 * laptop that slept, a network that dropped), stepping aside when the viewer joined from another window, and
 * leaving (the button, navigating away, closing or reloading the tab).
 */
import { useApolloClient } from '@apollo/client/react';
import { JoinSessionDocument, LeaveSessionDocument, SessionHeartbeatDocument, SessionRoomPageDocument } from '@skillcall/schema';
import { print } from 'graphql';
import { useCallback, useEffect, useRef, useState } from 'react';
import { assertNever } from '../../lib/errors';

/** The API's heartbeat period (a stay silent for 30 seconds is over). */
const heartbeatIntervalMs = 10_000;

/** Why the viewer is not in the room although it is open. */
export type PresenceNotice =
  | { kind: 'left' }
  | { kind: 'elsewhere' }
  | { kind: 'notOpen'; opensAt: string | null }
  | { kind: 'ended' }
  | { kind: 'error'; error: unknown };

/** Leaves even while the page goes away: a keepalive request outlives the page, an Apollo mutation may not. */
function leaveOnExit(bookingId: string, connectionId: string): void {
  void fetch('/graphql', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(LeaveSessionDocument), variables: { bookingId, connectionId } }),
  }).catch(() => undefined);
}

export function useRoomPresence(bookingId: string) {
  const client = useApolloClient();
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const [joining, setJoining] = useState(false);
  const [notice, setNotice] = useState<PresenceNotice | null>(null);
  // The stay to leave when the page goes away (read by event listeners, not for rendering).
  const stay = useRef<string | null>(null);

  const settle = useCallback((id: string | null, next: PresenceNotice | null) => {
    stay.current = id;
    setConnectionId(id);
    setNotice(next);
  }, []);

  const enter = useCallback(async (): Promise<void> => {
    // Not cached: the room shown follows its live changes, which arrive in order (this answer could overtake one).
    const { data } = await client.mutate({ mutation: JoinSessionDocument, variables: { bookingId }, fetchPolicy: 'no-cache' });
    const result = data?.joinSession;
    if (!result) throw new Error('joinSession returned no data');
    switch (result.__typename) {
      case 'JoinSessionSuccess':
        settle(result.connectionId, null);
        return;
      case 'SessionNotOpenError':
        settle(null, { kind: 'notOpen', opensAt: result.opensAt ?? null });
        await client.refetchQueries({ include: [SessionRoomPageDocument] });
        return;
      case 'SessionEndedError':
        settle(null, { kind: 'ended' });
        await client.refetchQueries({ include: [SessionRoomPageDocument] });
        return;
      default:
        assertNever(result);
    }
  }, [client, bookingId, settle]);

  const join = useCallback(async () => {
    setJoining(true);
    try {
      await enter();
    } catch (error) {
      settle(null, { kind: 'error', error });
    } finally {
      setJoining(false);
    }
  }, [enter, settle]);

  const leave = useCallback(async () => {
    const id = stay.current;
    settle(null, { kind: 'left' });
    if (id) {
      await client
        .mutate({ mutation: LeaveSessionDocument, variables: { bookingId, connectionId: id }, fetchPolicy: 'no-cache' })
        .catch(() => undefined);
    }
  }, [client, bookingId, settle]);

  useEffect(() => {
    if (!connectionId) return;
    let stopped = false;
    const beat = async () => {
      try {
        const { data } = await client.mutate({
          mutation: SessionHeartbeatDocument,
          variables: { bookingId, connectionId },
          fetchPolicy: 'no-cache',
        });
        if (stopped || data?.sessionHeartbeat !== false) return;
        // This stay is over. Joined from another window meanwhile: step aside rather than take the room back.
        const { data: fresh } = await client.query({
          query: SessionRoomPageDocument,
          variables: { bookingId },
          fetchPolicy: 'network-only',
        });
        const room = fresh?.sessionRoom;
        if (stopped || room?.state !== 'OPEN') return;
        const mine = room.participants.find((participant) => participant.role === room.myRole);
        if (mine?.present && mine.connectionId && mine.connectionId !== connectionId) settle(null, { kind: 'elsewhere' });
        else await enter();
      } catch {
        // Offline for now: the next beat tries again, and the stay lasts 30 seconds without one.
      }
    };
    const timer = setInterval(() => void beat(), heartbeatIntervalMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [client, bookingId, connectionId, enter, settle]);

  useEffect(() => {
    const exit = () => {
      if (stay.current) leaveOnExit(bookingId, stay.current);
      stay.current = null;
    };
    window.addEventListener('pagehide', exit);
    return () => {
      window.removeEventListener('pagehide', exit);
      exit();
    };
  }, [bookingId]);

  return { connectionId, joining, notice, join, leave };
}
