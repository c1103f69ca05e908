/**
 * Persistence of the shared documents, as a Hocuspocus extension:
 * - durability: every update a client sends is appended to `workspace_updates` before Hocuspocus acknowledges it,
 *   so an acknowledged edit survives a crash. Appends that arrive together are written in one statement (group
 *   commit: while one batch is being written, the next one gathers), which keeps a busy server at a few statements
 *   per tick instead of one per keystroke. The update reaches the document's other connections while it is being
 *   written: a commit that waits on a busy disk delays only the writer's acknowledgement, not what the others see;
 * - compaction: Hocuspocus' debounced `onStoreDocument` (2 s after the last change, 10 s at most) writes the merged
 *   state (`Y.encodeStateAsUpdate`) and drops the log entries it includes, so a document is one row, not a growing log;
 * - the size limit: an update that would take a document past 5 MB is not applied (the connection is read-only for
 *   that one message, so the client hears "not synced") and the client gets the stateless `size-limit` message.
 * Hand-written rather than `@hocuspocus/extension-database`: that extension only stores on the debounce, which loses
 * the edits of the last seconds when the process dies, and it has no log to compact.
 */
import type { Connection, Document, Extension, beforeSyncPayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import * as Y from 'yjs';
import { messageYjsSyncStep2, messageYjsUpdate } from 'y-protocols/sync';
import type { Context } from '../../platform/context';
import { documentSizeLimitBytes, parseDocumentName, sizeLimitMessage, type DocumentName } from './workspace.policy';
import { appendUpdates, ensureDocumentRow, readDocument, writeCompacted } from './workspace.queries';

/** The origin of changes made by the server itself (loaded, relayed or merged state): stored by whoever made them. */
export const serverOrigin = { source: 'local' as const, skipStoreHooks: true };

export interface LoggedUpdate extends DocumentName {
  update: Uint8Array;
}

interface Pending {
  entry: LoggedUpdate;
  resolve(): void;
  reject(error: unknown): void;
}

/** Appends updates in batches: `append` resolves once its update is committed, with the rest of its batch. */
export function createUpdateLog(system: () => Context, afterCommit: (entries: LoggedUpdate[], ids: number[]) => Promise<void>) {
  const queue: Pending[] = [];
  let writing = false;
  const drain = async () => {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, 500);
      try {
        const ctx = system();
        const entries = batch.map((p) => p.entry);
        const ids = await appendUpdates(ctx.db, entries, ctx.clock.now());
        batch.forEach((p) => p.resolve());
        // Not awaited: the next batch need not wait for other instances to be told about this one.
        afterCommit(entries, ids).catch((error: unknown) => ctx.logger.warn({ err: error }, 'relaying workspace updates failed'));
      } catch (error) {
        batch.forEach((p) => p.reject(error));
      }
    }
    writing = false;
  };
  return {
    append: (entry: LoggedUpdate) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        if (!writing) void drain();
      }),
  };
}

/** What `onAuthenticate` leaves in a connection's context: when the booking ends (ms), after which it only reads. */
export interface EditingContext {
  editableUntil?: number;
}

interface DocumentMeta {
  /** The stored version this document has merged. */
  version: number;
  /** The document's encoded size, from the last measure plus the updates applied since (an upper bound). */
  sizeBytes: number;
}

export function persistenceExtension(system: () => Context, log: ReturnType<typeof createUpdateLog>) {
  const meta = new Map<string, DocumentMeta>();
  const refusedOnce = new WeakSet<Connection>();

  /** Writes the merged state of `document` (with whatever other instances stored or logged) and compacts its log. */
  const store = async (document: Document, key: DocumentName) => {
    const ctx = system();
    const now = ctx.clock.now();
    await ctx.pool.transaction(async (db) => {
      await ensureDocumentRow(db, key, Y.encodeStateAsUpdate(new Y.Doc()), now);
      const stored = await readDocument(db, key, true);
      const known = meta.get(document.name);
      if (stored.state && stored.version !== known?.version) Y.applyUpdate(document, stored.state, serverOrigin);
      for (const { update } of stored.updates) Y.applyUpdate(document, update, serverOrigin);
      const state = Y.encodeStateAsUpdate(document);
      const version = await writeCompacted(db, key, state, stored.updates.at(-1)?.id ?? null, now);
      meta.set(document.name, { version, sizeBytes: state.byteLength });
    });
  };

  /** Whether `update` would take `document` past the limit (measured exactly only near it). */
  const tooLarge = (document: Document, update: Uint8Array): boolean => {
    const known = meta.get(document.name) ?? { version: 0, sizeBytes: Y.encodeStateAsUpdate(document).byteLength };
    const estimate = known.sizeBytes + update.byteLength;
    if (estimate <= documentSizeLimitBytes) {
      meta.set(document.name, { ...known, sizeBytes: estimate });
      return false;
    }
    const exact = Y.mergeUpdates([Y.encodeStateAsUpdate(document), update]).byteLength;
    if (exact > documentSizeLimitBytes) return true;
    meta.set(document.name, { ...known, sizeBytes: exact });
    return false;
  };

  const extension: Extension = {
    async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
      const key = parseDocumentName(documentName);
      if (!key) throw new Error('not a workspace document');
      const stored = await readDocument(system().db, key);
      if (stored.state) Y.applyUpdate(document, stored.state, serverOrigin);
      for (const { update } of stored.updates) Y.applyUpdate(document, update, serverOrigin);
      meta.set(documentName, { version: stored.version, sizeBytes: Y.encodeStateAsUpdate(document).byteLength });
    },
    async beforeSync({ type, payload, connection, document, documentName }: beforeSyncPayload) {
      if (connection.readOnly || (type !== messageYjsUpdate && type !== messageYjsSyncStep2)) return;
      const { editableUntil } = connection.context as EditingContext;
      if (editableUntil !== undefined && system().clock.now().getTime() >= editableUntil) {
        // The booking ended while this editor was open: from now on it reads only, as it would on reconnecting.
        connection.readOnly = true;
        return;
      }
      if (type === messageYjsSyncStep2 && Y.snapshotContainsUpdate(Y.snapshot(document), payload)) return;
      const key = parseDocumentName(documentName)!;
      if (tooLarge(document, payload)) {
        connection.readOnly = true;
        refusedOnce.add(connection);
        connection.sendStateless(sizeLimitMessage);
        return;
      }
      // The other participants see the edit now; its writer's acknowledgement waits for the log (Hocuspocus sends it
      // once this hook returns), so an acknowledged edit is still a durable one. Applied again by Hocuspocus after this
      // hook, the update changes nothing and is not sent twice. A log that fails leaves the edit unacknowledged: its
      // writer sends it again, and the other participant, who holds it too, syncs it back.
      const logged = log.append({ ...key, update: payload });
      Y.applyUpdate(document, payload, { source: 'connection', connection });
      await logged;
    },
    async afterHandleMessage({ connection }) {
      if (refusedOnce.delete(connection)) connection.readOnly = false;
    },
    async onStoreDocument({ documentName, document }: onStoreDocumentPayload) {
      await store(document, parseDocumentName(documentName)!);
    },
    async afterUnloadDocument({ documentName }) {
      meta.delete(documentName);
    },
  };
  return { extension, store };
}
