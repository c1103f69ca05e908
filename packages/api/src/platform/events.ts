/**
 * Live events for subscriptions, across every API instance on one PostgreSQL: `publish` is a `pg_notify` on the
 * caller's executor, so an event published inside a transaction is delivered only if, and when, it commits. Each
 * instance LISTENs on one channel and fans events out in memory to its own subscribers, by topic.
 *
 * Payloads are small (ids and flags, far under NOTIFY's 8 kB limit); subscribers load what they show themselves.
 * A hand-written bus rather than a library: graphql-ws and type-graphql only need an async iterator per topic,
 * and PostgreSQL's own LISTEN/NOTIFY (through postgres.js) is the transport, so there is nothing else to add.
 */
import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { DbExecutor } from './db/client';
import type { Logger } from './logger';

const channel = 'skillcall_events';

export interface EventEnvelope<T = Record<string, unknown>> {
  topic: string;
  payload: T;
}

export interface EventBus {
  /** Queues an event on `db` (delivered to every instance when `db`'s transaction commits, or at once on the pool). */
  publish(db: DbExecutor, topic: string, payload: Record<string, unknown>): Promise<void>;
  /** Events of any of `topics`, in order, until the iterator is returned (the subscription ends). */
  subscribe<T>(topics: string | string[]): AsyncGenerator<T, void, undefined>;
  /** How many local subscribers listen to `topic` (for tests). */
  listenerCount(topic: string): number;
  /** How many subscriptions this instance serves now, whatever their topics (for metrics). */
  subscriptionCount(): number;
  close(): Promise<void>;
}

export async function createPostgresEventBus(client: postgres.Sql, logger: Logger): Promise<EventBus> {
  const local = new EventEmitter();
  local.setMaxListeners(0);
  const open = { count: 0 };
  const listening = await client.listen(channel, (raw) => {
    try {
      const event = JSON.parse(raw) as EventEnvelope;
      local.emit(event.topic, event.payload);
    } catch (error) {
      logger.warn({ err: error }, 'an unreadable event was ignored');
    }
  });
  return {
    async publish(db, topic, payload) {
      await db.execute(sql`select pg_notify(${channel}, ${JSON.stringify({ topic, payload })})`);
    },
    subscribe: <T>(topics: string | string[]) => listen<T>(local, Array.isArray(topics) ? topics : [topics], open),
    listenerCount: (topic) => local.listenerCount(topic),
    subscriptionCount: () => open.count,
    // With the database gone there is nothing to unlisten from: stopping must not fail for it.
    close: () => listening.unlisten().catch(() => {}),
  };
}

/**
 * An async iterator over events of `topics`, buffered. Hand-written rather than an async generator: a generator
 * waiting for its next event cannot be returned, so an idle subscription would never release its listeners.
 */
function listen<T>(local: EventEmitter, topics: string[], open: { count: number }): AsyncGenerator<T, void, undefined> {
  const queued: T[] = [];
  let pending: ((result: IteratorResult<T, void>) => void) | null = null;
  let done = false;
  const onEvent = (payload: T) => {
    if (pending) {
      const resolve = pending;
      pending = null;
      resolve({ value: payload, done: false });
    } else queued.push(payload);
  };
  for (const topic of topics) local.on(topic, onEvent);
  open.count++;
  const finish = async (): Promise<IteratorResult<T, void>> => {
    if (!done) {
      done = true;
      open.count--;
      for (const topic of topics) local.off(topic, onEvent);
      queued.length = 0;
      pending?.({ value: undefined, done: true });
      pending = null;
    }
    return { value: undefined, done: true };
  };
  const iterator: AsyncGenerator<T, void, undefined> = {
    next: () => {
      if (queued.length) return Promise.resolve({ value: queued.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => (pending = resolve));
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
