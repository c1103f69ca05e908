/**
 * Several API instances on one PostgreSQL: what a client changes on one instance reaches the clients of the same
 * document on the others through the project's event bus (LISTEN/NOTIFY). Small updates and awareness (cursors,
 * names) travel inside the notification; an update too large for NOTIFY's 8,000 bytes travels as the id of its row in
 * `workspace_updates`, which the other instances read (or, once it was compacted away, the stored state, which
 * includes it). Yjs updates are idempotent and commutative, so order and duplicates do not matter.
 */
import { randomUUID } from 'node:crypto';
import type { Extension, Hocuspocus, onAwarenessUpdatePayload } from '@hocuspocus/server';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Context } from '../../platform/context';
import type { DbExecutor } from '../../platform/db/client';
import type { EventBus } from '../../platform/events';
import { parseDocumentName } from './workspace.policy';
import type { LoggedUpdate } from './workspace.persistence';
import { serverOrigin } from './workspace.persistence';
import { readDocument, updateById } from './workspace.queries';
import { documentName } from './workspace.policy';

const relayTopic = 'workspace';
/** The largest update carried inside a notification (base64 grows it by a third). */
const inlineBytes = 5_000;
/** What one notification carries at most, under NOTIFY's 8,000 bytes with the bus's envelope. */
const notificationBytes = 7_500;

interface RelayedUpdate {
  document: string;
  update?: string;
  updateId?: number;
}

interface RelayEvent {
  from: string;
  /** Document updates (several per notification). */
  updates?: RelayedUpdate[];
  /** Or an awareness update of one document. */
  document?: string;
  awareness?: string;
}

/** The notifications announcing logged updates: each inline when it fits, else by the id of its row; as few as fit. */
export function updateEvents(from: string, entries: LoggedUpdate[], ids: number[]): RelayEvent[] {
  const events: RelayEvent[] = [];
  let current: RelayEvent = { from, updates: [] };
  let size = 0;
  entries.forEach((entry, i) => {
    const document = documentName(entry.bookingId, entry.kind);
    const update: RelayedUpdate =
      entry.update.byteLength <= inlineBytes
        ? { document, update: Buffer.from(entry.update).toString('base64') }
        : { document, updateId: ids[i]! };
    const bytes = document.length + (update.update?.length ?? 20) + 40;
    if (size + bytes > notificationBytes && current.updates!.length > 0) {
      events.push(current);
      current = { from, updates: [] };
      size = 0;
    }
    current.updates!.push(update);
    size += bytes;
  });
  if (current.updates!.length > 0) events.push(current);
  return events;
}

/** Announces updates logged in `db`'s transaction to every instance (delivered at commit). */
export async function announceUpdates(
  db: DbExecutor,
  events: EventBus,
  from: string,
  entries: LoggedUpdate[],
  ids: number[],
): Promise<void> {
  for (const event of updateEvents(from, entries, ids)) await events.publish(db, relayTopic, { ...event });
}

export function createRelay(system: () => Context) {
  const instanceId = randomUUID();
  let hocuspocus: Hocuspocus | null = null;
  let subscription: AsyncGenerator<RelayEvent, void, undefined> | null = null;
  let stopped = false;
  const awarenessOrigin = { source: 'local' as const, skipStoreHooks: true, relayed: true };

  const publish = (event: Omit<RelayEvent, 'from'>) =>
    system().adapters.events.publish(system().db, relayTopic, { from: instanceId, ...event });

  const receiveUpdate = async ({ document: name, update, updateId }: RelayedUpdate) => {
    const document = hocuspocus?.documents.get(name);
    if (!document || document.isLoading) return;
    const bytes = update ? Buffer.from(update, 'base64') : updateId ? await updateById(system().db, updateId) : null;
    if (bytes) {
      Y.applyUpdate(document, bytes, serverOrigin);
      return;
    }
    // Compacted away meanwhile: the stored state includes it.
    const key = parseDocumentName(name);
    const stored = key ? await readDocument(system().db, key) : null;
    if (stored?.state) Y.applyUpdate(document, stored.state, serverOrigin);
  };

  const receive = async (event: RelayEvent) => {
    if (event.from === instanceId) return;
    for (const update of event.updates ?? []) await receiveUpdate(update);
    const document = event.document ? hocuspocus?.documents.get(event.document) : undefined;
    if (document && !document.isLoading && event.awareness) {
      applyAwarenessUpdate(document.awareness, Buffer.from(event.awareness, 'base64'), awarenessOrigin);
    }
  };

  return {
    /** Announces updates just committed to the log. */
    announce: async (entries: LoggedUpdate[], ids: number[]) => {
      if (stopped) return;
      const ctx = system();
      await announceUpdates(ctx.db, ctx.adapters.events, instanceId, entries, ids);
    },
    start(instance: Hocuspocus) {
      hocuspocus = instance;
      subscription = system().adapters.events.subscribe<RelayEvent>(relayTopic);
      const events = subscription;
      void (async () => {
        for await (const event of events) {
          await receive(event).catch((error: unknown) =>
            system().logger.warn({ err: error }, 'a relayed workspace change was not applied'),
          );
        }
      })();
    },
    async stop() {
      stopped = true;
      await subscription?.return();
    },
    extension: {
      async onAwarenessUpdate({ documentName: name, document, added, updated, removed, transactionOrigin }: onAwarenessUpdatePayload) {
        if (stopped || transactionOrigin === awarenessOrigin) return;
        const changed = [...added, ...updated, ...removed];
        if (changed.length === 0) return;
        const encoded = Buffer.from(encodeAwarenessUpdate(document.awareness, changed)).toString('base64');
        if (encoded.length > notificationBytes - 500) return;
        // Cursors are not worth failing a connection for: a lost one is sent again within 15 seconds.
        await publish({ document: name, awareness: encoded }).catch((error: unknown) =>
          system().logger.warn({ err: error }, 'an awareness update was not relayed'),
        );
      },
    } satisfies Extension,
  };
}
