/**
 * Drives the API the way the SPA does: typed documents from @skillcall/schema over HTTP, with a cookie jar.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SignInDocument } from '@skillcall/schema';
import { print, type DocumentNode } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async raw(body: unknown, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: init.method ?? 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookieHeader, ...this.headers, ...init.headers },
      body: init.method === 'GET' ? undefined : JSON.stringify(body),
    });
    this.keepCookies(response);
    return response;
  }

  /** Keeps the cookies a response sets and forgets those it clears (for plain HTTP routes fetched by hand too). */
  keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()) || /^max-age=0$/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
  }

  async execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | DocumentNode,
    ...variables: Record<never, never> extends TVariables ? [TVariables?] : [TVariables]
  ): Promise<GraphQLResponse<TData>> {
    const response = await this.raw({ query: print(document), variables: variables[0] ?? {} });
    return (await response.json()) as GraphQLResponse<TData>;
  }

  /** Executes and returns data, failing the test with the API's errors if there are any. */
  async data<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...variables: Record<never, never> extends TVariables ? [TVariables?] : [TVariables]
  ): Promise<TData> {
    const result = await this.execute(document, ...variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
}

/** Narrows a union result to one member, failing with what came instead. */
export function expectType<T extends { __typename: string }, N extends T['__typename']>(
  value: T,
  typename: N,
): Extract<T, { __typename: N }> {
  if (value.__typename !== typename) throw new Error(`Expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}

/** A live subscription over graphql-ws, with this client's session cookie; events are queued until read. */
export interface TestSubscription<T> {
  /** The next event (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<GraphQLResponse<T>>;
  /** Resolves with the first event matching `predicate`, skipping others. */
  until(predicate: (data: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Events received and not read yet. */
  readonly pending: GraphQLResponse<T>[];
  close(): Promise<void>;
}

export function subscribe<TData, TVariables>(
  client: TestClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): TestSubscription<TData> {
  const cookie = client.cookieHeader;
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const ws = createClient({
    url: client.baseUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => {},
  }); // errors reach the sink below
  const pending: GraphQLResponse<TData>[] = [];
  let wake: (() => void) | null = null;
  let ended: Error | null = null;
  const dispose = ws.subscribe<TData>(
    { query: print(document), variables: (variables ?? {}) as Record<string, unknown> },
    {
      next: (value) => {
        pending.push(value as GraphQLResponse<TData>);
        wake?.();
      },
      error: (error) => {
        ended = error instanceof Error ? error : new Error(JSON.stringify(error));
        wake?.();
      },
      complete: () => {
        ended ??= new Error('the subscription completed');
        wake?.();
      },
    },
  );
  const next = async (timeoutMs = 5_000): Promise<GraphQLResponse<TData>> => {
    const deadline = Date.now() + timeoutMs;
    while (!pending.length) {
      if (ended) throw ended;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no subscription event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, left);
      });
      wake = null;
    }
    return pending.shift()!;
  };
  return {
    next,
    pending,
    async until(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const event = await next(Math.max(1, deadline - Date.now()));
        if (event.data && predicate(event.data)) return event.data;
      }
    },
    async close() {
      dispose();
      await ws.dispose();
    },
  };
}

/** A client of the server at `url`, signed in with email and password. */
export async function signedInClient(url: string, email: string, password: string): Promise<TestClient> {
  const client = new TestClient(url);
  expectType((await client.data(SignInDocument, { input: { email, password } })).signIn, 'SignInSuccess');
  return client;
}
