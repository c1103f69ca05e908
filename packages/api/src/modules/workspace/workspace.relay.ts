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
/** What fits in one notification with the envelope around it (base64 grows by a third). */
const inlineBytes = 5_000;

interface RelayEvent {
  from: string;
  document: string;
  update?: string;
  updateId?: number;
  awareness?: string;
}

/** The notification announcing a logged update (inline when it fits, else by the id of its row). */
export function updateEvent(from: string, entry: LoggedUpdate, id: number): RelayEvent {
  return {
    from,
    document: documentName(entry.bookingId, entry.kind),
    ...(entry.update.byteLength <= inlineBytes ? { update: Buffer.from(entry.update).toString('base64') } : { updateId: id }),
  };
}

/** Announces an update logged in `db`'s transaction to every instance (delivered at commit). */
export async function announceUpdate(db: DbExecutor, events: EventBus, from: string, entry: LoggedUpdate, id: number): Promise<void> {
  await events.publish(db, relayTopic, { ...updateEvent(from, entry, id) });
}

export function createRelay(system: () => Context) {
  const instanceId = randomUUID();
  let hocuspocus: Hocuspocus | null = null;
  let subscription: AsyncGenerator<RelayEvent, void, undefined> | null = null;
  const awarenessOrigin = { source: 'local' as const, skipStoreHooks: true, relayed: true };

  const publish = (event: Omit<RelayEvent, 'from'>) =>
    system().adapters.events.publish(system().db, relayTopic, { from: instanceId, ...event });

  const receive = async (event: RelayEvent) => {
    if (event.from === instanceId) return;
    const document = hocuspocus?.documents.get(event.document);
    if (!document || document.isLoading) return;
    if (event.awareness) {
      applyAwarenessUpdate(document.awareness, Buffer.from(event.awareness, 'base64'), awarenessOrigin);
      return;
    }
    const update = event.update
      ? Buffer.from(event.update, 'base64')
      : event.updateId
        ? await updateById(system().db, event.updateId)
        : null;
    if (update) {
      Y.applyUpdate(document, update, serverOrigin);
      return;
    }
    const key = parseDocumentName(event.document);
    const stored = key ? await readDocument(system().db, key) : null;
    if (stored?.state) Y.applyUpdate(document, stored.state, serverOrigin);
  };

  return {
    /** Announces updates just committed to the log. */
    announce: async (entries: LoggedUpdate[], ids: number[]) => {
      const ctx = system();
      await Promise.all(entries.map((entry, i) => announceUpdate(ctx.db, ctx.adapters.events, instanceId, entry, ids[i]!)));
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
      await subscription?.return();
    },
    extension: {
      async onAwarenessUpdate({ documentName: name, document, added, updated, removed, transactionOrigin }: onAwarenessUpdatePayload) {
        if (transactionOrigin === awarenessOrigin) return;
        const changed = [...added, ...updated, ...removed];
        if (changed.length === 0) return;
        const encoded = Buffer.from(encodeAwarenessUpdate(document.awareness, changed)).toString('base64');
        if (encoded.length <= inlineBytes * 1.4) await publish({ document: name, awareness: encoded });
      },
    } satisfies Extension,
  };
}
