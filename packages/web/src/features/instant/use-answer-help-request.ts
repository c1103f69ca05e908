import { useMutation } from '@apollo/client/react';
import { IncomingRequest_AnswerDocument } from '@skillcall/schema';
import { useCallback } from 'react';
import { assertNever } from '../../lib/errors';

/** What answering a request came to: the session booked, declined, too late (answered, cancelled, lapsed), or busy. */
export type HelpRequestAnswer = { kind: 'accepted'; bookingId: string } | { kind: 'declined' } | { kind: 'closed' } | { kind: 'busy' };

/**
 * Accepts or declines a waiting "help me now" request, for the dashboard's console and the request's own page (the one
 * a push notification opens). Failures of the request itself (offline, signed out) reject, for the caller to explain.
 */
export function useAnswerHelpRequest(): (requestId: string, accept: boolean) => Promise<HelpRequestAnswer> {
  const [answer] = useMutation(IncomingRequest_AnswerDocument);
  return useCallback(
    async (requestId, accept) => {
      const { data } = await answer({ variables: { input: { requestId, accept } } });
      const result = data?.answerHelpRequest;
      if (!result) throw new Error('answerHelpRequest returned no data');
      switch (result.__typename) {
        case 'HelpRequestSuccess': {
          const bookingId = result.request.booking?.id;
          return accept && bookingId ? { kind: 'accepted', bookingId } : { kind: 'declined' };
        }
        case 'HelpRequestClosedError':
          return { kind: 'closed' };
        case 'SlotUnavailableError':
          return { kind: 'busy' };
        default:
          return assertNever(result);
      }
    },
    [answer],
  );
}
