import { useSubscription } from '@apollo/client/react';
import { LivePresence_ChangedDocument } from '@skillcall/schema';
import { useMemo } from 'react';

/** The API watches at most this many experts per subscription. */
const maxWatched = 100;

/**
 * Keeps the "available now" badges of the given experts live: each change is written into the cached Expert, so
 * every card, profile and offering page showing that expert re-renders without a reload.
 */
export function useLivePresence(expertIds: readonly string[]): void {
  const key = [...new Set(expertIds)].sort().slice(0, maxWatched).join(',');
  const ids = useMemo(() => (key ? key.split(',') : []), [key]);
  useSubscription(LivePresence_ChangedDocument, {
    variables: { expertIds: ids },
    skip: ids.length === 0,
    onData: ({ client, data }) => {
      const event = data.data?.expertPresenceChanged;
      if (!event) return;
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Expert', id: event.expertId }),
        fields: { availableNow: () => event.availableNow },
      });
    },
  });
}
