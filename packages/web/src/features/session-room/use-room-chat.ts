import { useSubscription } from '@apollo/client/react';
import { SessionMessageAddedDocument, type SessionMessageFieldsFragment } from '@skillcall/schema';
import { useCallback, useMemo, useState } from 'react';

/** Messages received live are kept up to this many (the room's history holds the latest 200). */
const keptLive = 500;

/** Oldest first, each once: the history and the live messages overlap around the moment the page loaded. */
function mergeMessages(...lists: (readonly SessionMessageFieldsFragment[])[]): SessionMessageFieldsFragment[] {
  const byId = new Map<string, SessionMessageFieldsFragment>();
  for (const list of lists) for (const message of list) byId.set(message.id, message);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * The room's chat: its history (from the room's query) and every message posted since, live. Listening starts
 * with the page, so messages sent while the viewer checks their camera are not lost.
 */
export function useRoomChat(bookingId: string, history: readonly SessionMessageFieldsFragment[]) {
  const [live, setLive] = useState<SessionMessageFieldsFragment[]>([]);
  const add = useCallback((message: SessionMessageFieldsFragment) => setLive((list) => [...list.slice(1 - keptLive), message]), []);
  useSubscription(SessionMessageAddedDocument, {
    variables: { bookingId },
    onData: ({ data }) => {
      const message = data.data?.sessionMessageAdded;
      if (message) add(message);
    },
  });
  const messages = useMemo(() => mergeMessages(history, live), [history, live]);
  return { messages, add };
}
