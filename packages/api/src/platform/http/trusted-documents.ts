/**
 * Trusted documents. The SPA's operations are registered at build time: packages/schema's codegen writes
 * `persisted-documents.json` (hash → operation text) and embeds each hash in its typed document. The SPA names an
 * operation by that hash (`extensions.persistedQuery.sha256Hash`, what Apollo Client's persisted-query link sends)
 * instead of sending its text, over HTTP and WebSocket alike.
 *
 * A registered operation named by hash runs with `__typename` in every selection: Apollo Client adds it to the
 * documents it sends, and its cache needs it in the results of the documents it only names.
 *
 * When enforcement is on (production by default), a client without an API key may only run registered operations,
 * by hash or by their exact text; partners sending `Authorization: Bearer …` may run any query within the depth and
 * cost limits (the key itself is checked afterwards, like any request's credentials).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import { Kind, parse, print, visit, type FieldNode, type SelectionSetNode } from 'graphql';
import { readAuthorization } from './api-key-requests';

export interface TrustedDocuments {
  /** Whether clients without an API key are held to the registered operations. */
  enforce: boolean;
  /** Registered operation text by hash, with `__typename` selected everywhere. */
  byHash: ReadonlyMap<string, string>;
  /** Registered operation texts, for clients that send the text itself. */
  texts: ReadonlySet<string>;
}

export function loadTrustedDocuments(options: { manifestPath: string; enforce: boolean }): TrustedDocuments {
  if (!existsSync(options.manifestPath)) {
    if (options.enforce) {
      throw new Error(
        `TRUSTED_DOCUMENTS=enforce needs the manifest of the SPA's operations at ${options.manifestPath}: run \`pnpm build\` (or \`pnpm codegen\`).`,
      );
    }
    return { enforce: false, byHash: new Map(), texts: new Set() };
  }
  const registered = Object.entries(JSON.parse(readFileSync(options.manifestPath, 'utf8')) as Record<string, string>);
  return {
    enforce: options.enforce,
    byHash: new Map(registered.map(([hash, text]) => [hash, withTypenames(text)])),
    texts: new Set(registered.map(([, text]) => text)),
  };
}

const typenameField: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * The operation with `__typename` selected in every selection set that lacks it, as Apollo Client does, except the
 * operation's own (a subscription may select only its one event field).
 */
function withTypenames(text: string): string {
  const document = parse(text);
  const roots = new Set<SelectionSetNode>(
    document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.selectionSet] : [])),
  );
  return print(
    visit(document, {
      SelectionSet: (node: SelectionSetNode) =>
        roots.has(node) ||
        node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename' && !selection.alias)
          ? undefined
          : { ...node, selections: [...node.selections, typenameField] },
    }),
  );
}

/** What a GraphQL request carries that decides whether it may run. */
export interface OperationParams {
  query?: unknown;
  extensions?: unknown;
}

export type TrustedOperationVerdict =
  | { outcome: 'run'; query: string | undefined }
  | { outcome: 'refuse'; code: 'PERSISTED_QUERY_NOT_FOUND' | 'OPERATION_NOT_REGISTERED'; message: string };

function persistedHashOf(extensions: unknown): string | null {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/**
 * The one rule, for both transports: a registered hash runs its registered text; otherwise the text sent runs if the
 * server does not enforce, if the client has an API key, or if the text is itself registered.
 */
export function judgeOperation(docs: TrustedDocuments, params: OperationParams, hasApiKey: boolean): TrustedOperationVerdict {
  const hash = persistedHashOf(params.extensions);
  const registered = hash ? docs.byHash.get(hash) : undefined;
  if (registered) return { outcome: 'run', query: registered };
  const query = typeof params.query === 'string' ? params.query : undefined;
  if (query === undefined && hash) {
    return {
      outcome: 'refuse',
      code: 'PERSISTED_QUERY_NOT_FOUND',
      message: 'PersistedQueryNotFound: this operation is not registered here; reload the page to get the current version of the website.',
    };
  }
  if (!docs.enforce || hasApiKey || query === undefined || docs.texts.has(query)) return { outcome: 'run', query };
  return {
    outcome: 'refuse',
    code: 'OPERATION_NOT_REGISTERED',
    message:
      'This server only runs the operations of its own website for clients without an API key. Partners: create an API key at /developers/keys and send it as `Authorization: Bearer <key>`.',
  };
}

/**
 * True when the request presents an authorization: a partner API key, or something malformed; both are checked
 * later with the rest of the credentials, so a malformed one is answered 401, not "not registered".
 */
export function presentsApiKey(authorization: unknown): boolean {
  return readAuthorization(authorization).kind !== 'none';
}

/**
 * Express middleware for /graphql, after the JSON body parser and before Apollo: swaps a registered hash for its text
 * (and drops the hash, so Apollo's own persisted-query handling never sees it), or answers the refusal itself.
 */
export function trustedDocumentsMiddleware(docs: TrustedDocuments) {
  return (req: Request, res: Response, next: NextFunction) => {
    const fromBody = req.method === 'POST' && req.body && typeof req.body === 'object' && !Array.isArray(req.body);
    const params: OperationParams = fromBody
      ? (req.body as OperationParams)
      : { query: req.query.query, extensions: parseJson(req.query.extensions) };
    const verdict = judgeOperation(docs, params, presentsApiKey(req.headers.authorization));
    if (verdict.outcome === 'refuse') {
      res
        .status(verdict.code === 'PERSISTED_QUERY_NOT_FOUND' ? 200 : 400)
        .json({ errors: [{ message: verdict.message, extensions: { code: verdict.code } }] });
      return;
    }
    if (fromBody && persistedHashOf(params.extensions)) {
      const body = req.body as { query?: string; extensions?: Record<string, unknown> };
      body.query = verdict.query;
      const { persistedQuery: _registered, ...otherExtensions } = body.extensions ?? {};
      body.extensions = otherExtensions;
    }
    next();
  };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
