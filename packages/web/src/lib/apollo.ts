/**
 * The one Apollo Client of the SPA: queries and mutations over HTTP POST (same-origin cookie session),
 * subscriptions over graphql-ws on the same /graphql path, connected only when a subscription starts (graphql-ws and
 * its link are downloaded then too: most pages subscribe to nothing).
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import type { Client } from 'graphql-ws';
import { mergeMap, Observable, of, type Subscription } from 'rxjs';
import possibleTypes from './possible-types.json';

/** ws://host/graphql or wss://host/graphql, from the page's own origin (the dev server proxies it). */
function webSocketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** 1 s, 2 s, 4 s… up to 30 s between attempts, with jitter so a restarted server is not hit by every tab at once. */
function retryWait(retries: number): Promise<void> {
  const delay = Math.min(1000 * 2 ** retries, 30_000) + Math.random() * 1000;
  return new Promise((resolve) => setTimeout(resolve, delay));
}

const reconnectListeners = new Set<() => void>();
let socket: Promise<{ client: Client; link: ApolloLink }> | undefined;

/**
 * Live updates must survive a restarted server, a lost network or a laptop waking up: the socket retries forever
 * (every failure counts as retryable), and open subscriptions are sent again once it is back.
 */
function liveSocket() {
  socket ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(
    ([{ createClient }, { GraphQLWsLink }]) => {
      const client = createClient({ url: webSocketUrl, lazy: true, retryAttempts: Infinity, shouldRetry: () => true, retryWait });
      client.on('connected', (_socket, _payload, wasRetry) => {
        if (wasRetry) for (const listener of reconnectListeners) listener();
      });
      return { client, link: new GraphQLWsLink(client) };
    },
  );
  return socket;
}

/** Subscriptions, through the socket once it is loaded. */
const subscriptionLink = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      let inner: Subscription | undefined;
      let closed = false;
      liveSocket().then(
        ({ link }) => {
          if (!closed) inner = link.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    }),
);

/**
 * Calls `listener` each time the socket connects again after a drop: events sent meanwhile were missed, so live
 * screens refetch what they show. Returns the function that stops listening.
 */
export function onSocketReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

interface SearchPage {
  __typename?: string;
  edges?: readonly unknown[];
}

/** Appends a page of search results to the ones shown; a first page (or an error) replaces them. */
function mergeSearchPages(
  existing: SearchPage | undefined,
  incoming: SearchPage,
  { args }: { args: Record<string, unknown> | null },
): SearchPage {
  const connection = 'ExpertSearchConnection';
  if (!args?.after || existing?.__typename !== connection || incoming.__typename !== connection) return incoming;
  return { ...incoming, edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])] };
}

const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

/** Whether the server answered that it does not know the operation's hash (`platform/http/trusted-documents.ts`). */
function hashUnknown(result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }): boolean {
  return result.errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') ?? false;
}

/**
 * Trusted documents: every operation of the SPA is registered at build time, and its typed document carries the
 * hash (`__meta__.hash`, from packages/schema's codegen). The SPA sends that hash instead of the text, as the
 * `persistedQuery` extension of Apollo's persisted queries, and the API runs the registered text (in production,
 * nothing else for clients without an API key). A server that does not know the hash (`pnpm dev` before the API
 * reloaded the operations) is asked once more with the text, which only a server that does not enforce runs.
 * Hand-written rather than Apollo's PersistedQueryLink, whose hashing options, GET mode and error bookkeeping were
 * 1 kB gzipped of every first download for the two steps above.
 */
const registeredOperationLink = new ApolloLink((operation, forward) => {
  const hash = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error('This operation is not registered: it must come from packages/schema (pnpm codegen).');
  operation.extensions.persistedQuery = { version: 1, sha256Hash: hash };
  operation.setContext(({ http }: { http?: object }) => ({ http: { ...http, includeQuery: false, includeExtensions: true } }));
  return forward(operation).pipe(
    mergeMap((result) => {
      if (!hashUnknown(result)) return of(result);
      operation.setContext(({ http }: { http?: object }) => ({ http: { ...http, includeQuery: true } }));
      return forward(operation);
    }),
  );
});

export const apolloClient = new ApolloClient({
  link: registeredOperationLink.concat(
    ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, subscriptionLink, httpLink),
  ),
  cache: new InMemoryCache({
    possibleTypes,
    typePolicies: {
      Query: {
        fields: {
          devMailbox: relayStylePagination(['to']),
          moderationQueue: relayStylePagination(['statuses', 'categoryId', 'minAgeHours', 'kind']),
          adminExperts: relayStylePagination(['status', 'search']),
          auditLog: relayStylePagination(['action', 'targetId']),
          undeliveredEmails: relayStylePagination(),
          myBookings: relayStylePagination(['role', 'period']),
          refundRequests: relayStylePagination(['status']),
          contentReports: relayStylePagination(['status']),
          conversations: relayStylePagination(),
          searchExperts: {
            // One list per search, however many results it shows: `after` pages are appended to it ("Load more"), and
            // /search?shown=40 (back to a list after loading more) finds them there. Lists of another length for the
            // same input (the header's suggestions) are not cached, so they cannot replace it.
            keyArgs: ['input'],
            merge: mergeSearchPages,
          },
        },
      },
      // An offering as written in one application: its id is the published offering's, shared by the other
      // applications that edit it, so it is kept inside its application rather than merged with them.
      OfferingDraft: { keyFields: false },
      // Published reviews, newest first: "Show more" appends its page to the list the page shows.
      Expert: { fields: { reviews: relayStylePagination() } },
      Offering: { fields: { reviews: relayStylePagination() } },
      // A thread's messages, newest first: "Show earlier messages" appends the older page.
      Conversation: { fields: { messages: relayStylePagination() } },
      // One room per booking: its live changes (subscription, consent, end) update every screen showing it.
      SessionRoom: { keyFields: ['bookingId'] },
    },
  }),
});

/**
 * The session cookie changed (sign in, sign up, password reset): forget everything cached for the previous
 * viewer, refetch what is on screen, and reconnect the WebSocket so it authenticates with the new cookie.
 */
export async function resetForNewSession(): Promise<void> {
  (await socket)?.client.terminate();
  await apolloClient.resetStore();
}

/** Signed out: empty the cache without refetching; the caller navigates, then refetches what it shows. */
export async function clearForSignOut(): Promise<void> {
  (await socket)?.client.terminate();
  await apolloClient.clearStore();
}
