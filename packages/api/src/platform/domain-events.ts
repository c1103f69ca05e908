/**
 * Typed domain events (Vendure's EventBus with its blocking subscribers): a module publishes a named event with a
 * typed payload; the handlers registered for it, all listed in `src/events.ts`, run in order inside the publisher's
 * transaction, so what they do (rows, live events, jobs) exists only if the change commits. A reaction whose work must
 * wait for the commit enqueues a job, which runs after it.
 *
 * Hand-written: a map of names to handlers is all it takes; event-bus libraries add delivery and retries that the
 * job queue already gives.
 */
import type { Context } from './context';

export interface DomainEvent<P> {
  readonly name: string;
  /** Carries the payload's type only. */
  readonly payload?: P;
}

export type EventHandler<P> = (ctx: Context, payload: P) => Promise<void>;

export function defineEvent<P>(name: string): DomainEvent<P> {
  return { name };
}

const handlersByEvent = new Map<string, { id: string; handle: EventHandler<never> }[]>();

/** Registers `handle` for `event` under `id` (registering the same id again keeps the first). */
export function onEvent<P>(event: DomainEvent<P>, id: string, handle: EventHandler<P>): void {
  const handlers = handlersByEvent.get(event.name) ?? [];
  if (!handlers.some((handler) => handler.id === id)) handlers.push({ id, handle: handle as EventHandler<never> });
  handlersByEvent.set(event.name, handlers);
}

/** The ids of `event`'s handlers, in the order they run. */
export function handlersOf(event: DomainEvent<unknown>): string[] {
  return (handlersByEvent.get(event.name) ?? []).map((handler) => handler.id);
}

/** Runs `event`'s handlers in `ctx`'s transaction; an event nobody registered for is a wiring mistake, and throws. */
export async function publishEvent<P>(ctx: Context, event: DomainEvent<P>, payload: P): Promise<void> {
  const handlers = handlersByEvent.get(event.name);
  if (!handlers?.length) throw new Error(`No handler is registered for ${event.name}: src/events.ts registers them at start.`);
  for (const handler of handlers) await (handler.handle as EventHandler<P>)(ctx, payload);
}
