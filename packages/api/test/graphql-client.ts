/**
 * Drives the API the way the SPA does: typed documents from @skillcall/schema over HTTP, with a cookie jar.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';

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
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attributes.some((a) => /expires=thu, 01 jan 1970/i.test(a.trim()) || /^max-age=0$/i.test(a.trim()));
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.trim());
    }
    return response;
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
export function expectType<T extends { __typename: string }, N extends T['__typename']>(value: T, typename: N): Extract<T, { __typename: N }> {
  if (value.__typename !== typename) throw new Error(`Expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}
