/**
 * What a click on one of our notifications does (pure: push-worker.ts acts on it, the tests check it):
 * - on its body: show its `url` in a Skillcall window, the one already showing it, else the one used last (navigated
 *   there, unless it is the dashboard, which keeps the expert available), else a new one;
 * - "Accept" (a help-now request): the same with `/help-requests/<id>?answer=accept`, a page that accepts at once and
 *   goes into the session room, or says why it cannot;
 * - "Decline": answered by the worker itself (the SPA's own IncomingRequest_answer, registered-operation.ts), no window.
 * A notification whose data is not ours (an older worker's, say) opens the home page.
 */
import { IncomingRequest_AnswerDocument, type IncomingRequest_AnswerMutation } from '@skillcall/schema';
import * as z from 'zod/mini';
import { paths } from '../route-paths';
import { isSitePath } from './push-payload';

export type ClickOutcome = { do: 'show'; path: string } | { do: 'decline'; helpRequestId: string; requestPath: string };

const dataSchema = z.object({ url: z.optional(z.string()), helpRequestId: z.optional(z.string().check(z.minLength(1))) });

/** The page of one help-now request (the expert's), as route-paths.ts names it. */
export function helpRequestPath(helpRequestId: string, answer?: 'accept'): string {
  const path = paths.helpRequest.replace(':id', encodeURIComponent(helpRequestId));
  return answer ? `${path}?answer=${answer}` : path;
}

/** What to do for a click with this `action` ('' on the body) on a notification holding `data`. */
export function clickOutcome(data: unknown, action: string): ClickOutcome {
  const parsed = dataSchema.safeParse(data);
  const { url, helpRequestId } = parsed.success ? parsed.data : {};
  if (helpRequestId && action === 'accept') return { do: 'show', path: helpRequestPath(helpRequestId, 'accept') };
  if (helpRequestId && action === 'decline') return { do: 'decline', helpRequestId, requestPath: helpRequestPath(helpRequestId) };
  return { do: 'show', path: url && isSitePath(url) ? url : paths.home };
}

/**
 * Windows never navigated away: the expert's dashboard holds their "available now" connection, and leaving it would
 * close their queue, the very request being accepted included.
 */
const keptPaths: readonly string[] = [paths.dashboard];

/**
 * The window to show `target` in, among this site's windows in the order `clients.matchAll` lists them (the most
 * recently focused first): one already showing it (just focused), else the first that may be navigated (the
 * dashboard may not), or null: open a new one.
 */
export function windowFor<T extends { url: string }>(windows: readonly T[], target: URL): { window: T; navigate: boolean } | null {
  const located = windows.map((window) => ({ window, url: new URL(window.url) }));
  const showing = located.find(
    ({ url }) => url.origin === target.origin && url.pathname === target.pathname && url.search === target.search,
  );
  if (showing) return { window: showing.window, navigate: false };
  const free = located.find(({ url }) => !keptPaths.includes(url.pathname.replace(/\/$/, '') || '/'));
  return free ? { window: free.window, navigate: true } : null;
}

/** The variables of a decline from the notification. */
export const declineVariables = (helpRequestId: string) => ({ input: { requestId: helpRequestId, accept: false } });
export const declineDocument = IncomingRequest_AnswerDocument;

export type DeclineOutcome = 'declined' | 'closed' | 'signedOut' | 'failed';

/**
 * What the API's answer to the decline means for the person: done; too late (answered elsewhere, cancelled, lapsed);
 * this browser is signed out or signed in as someone else; or anything else (to be answered on the page).
 */
export function declineOutcome(answer: {
  data?: Pick<IncomingRequest_AnswerMutation, 'answerHelpRequest'> | null;
  errors?: readonly { extensions?: { code?: unknown } }[];
}): DeclineOutcome {
  const result = answer.data?.answerHelpRequest;
  if (result) {
    switch (result.__typename) {
      case 'HelpRequestSuccess':
        return 'declined';
      case 'HelpRequestClosedError':
        return 'closed';
      case 'SlotUnavailableError':
        return 'failed';
      default: {
        const unknown: never = result;
        return unknown;
      }
    }
  }
  const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
  return codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN') ? 'signedOut' : 'failed';
}
