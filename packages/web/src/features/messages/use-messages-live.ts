import { useApolloClient, useSubscription } from '@apollo/client/react';
import { MessagesLive_EventsDocument, MessagesNav_UnreadDocument, type MessagesLive_EventsSubscription } from '@skillcall/schema';
import { useEffect, useRef } from 'react';
import { onSocketReconnected } from '../../lib/apollo';

export type MessagingEvent = MessagesLive_EventsSubscription['messagingEvents'];

/**
 * Calls `onEvent` for every change to the viewer's conversations (a message sent or received, a conversation read,
 * a block), on either side and from any instance, and with null after the live connection comes back (events may
 * have been missed meanwhile). Each event also brings the viewer's unread total, which the header's count reads.
 */
export function useMessagesLive(onEvent: (event: MessagingEvent | null) => void, { skip = false }: { skip?: boolean } = {}): void {
  const client = useApolloClient();
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useSubscription(MessagesLive_EventsDocument, {
    skip,
    onData: ({ data }) => {
      const event = data.data?.messagingEvents;
      if (!event) return;
      client.cache.writeQuery({ query: MessagesNav_UnreadDocument, data: { __typename: 'Query', unreadMessageCount: event.unreadTotal } });
      latest.current(event);
    },
  });
  useEffect(() => (skip ? undefined : onSocketReconnected(() => latest.current(null))), [skip]);
}
