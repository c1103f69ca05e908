import { useQuery } from '@apollo/client/react';
import { MessagesNav_UnreadDocument } from '@skillcall/schema';
import { useMessagesLive } from './use-messages-live';

/**
 * How many messages the signed-in viewer has not read, across their conversations, kept live: every event of their
 * conversations carries the new total (see useMessagesLive), and a lost connection asks again. 0 while unknown.
 */
export function useUnreadMessages(): number {
  const { data, refetch } = useQuery(MessagesNav_UnreadDocument, { fetchPolicy: 'cache-and-network' });
  useMessagesLive((event) => {
    if (!event) void refetch();
  });
  return data?.unreadMessageCount ?? 0;
}
