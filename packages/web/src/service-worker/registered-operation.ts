/**
 * The service worker speaks to the API as the SPA does, with no GraphQL client: a POST to /graphql naming one of the
 * SPA's registered operations by its hash (packages/schema's codegen puts it in the typed document's `__meta__`), with
 * the session cookie. The API's trusted-documents check (packages/api/src/platform/http/trusted-documents.ts) runs the
 * registered text, so the worker runs nothing the website could not.
 */
import type { TypedDocumentNode } from '@apollo/client';

interface RegisteredDocument {
  __meta__?: { hash?: string };
  definitions: readonly { kind: string; name?: { value: string } }[];
}

export interface RegisteredOperationBody<TVariables> {
  operationName: string;
  variables: TVariables;
  extensions: { persistedQuery: { version: 1; sha256Hash: string } };
}

/** The JSON body naming `document` by its hash, as Apollo Client's persisted-query link sends it. */
export function registeredOperation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): RegisteredOperationBody<TVariables> {
  const registered = document as unknown as RegisteredDocument;
  const hash = registered.__meta__?.hash;
  const name = registered.definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value;
  if (!hash || !name) throw new Error('This operation is not registered: it must come from packages/schema (pnpm codegen).');
  return { operationName: name, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
}

/** Runs a registered operation with this site's cookies; resolves with the JSON answer (or rejects: offline, not JSON). */
export async function postOperation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<{ data?: TData | null; errors?: { extensions?: { code?: unknown } }[] }> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(registeredOperation(document, variables)),
  });
  return (await response.json()) as { data?: TData | null; errors?: { extensions?: { code?: unknown } }[] };
}
