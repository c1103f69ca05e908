import type { Context } from '../context';

/**
 * The events of `topics` for a subscription of `ctx`. A subscription keeps one context for its whole life; before
 * each event is resolved it gets fresh loaders, so every event shows the data as it is then, not as the loaders
 * cached it for an earlier event.
 */
export function liveEvents<T>(ctx: Context, topics: string | string[]): AsyncGenerator<T, void, undefined> {
  const source = ctx.adapters.events.subscribe<T>(topics);
  const iterator: AsyncGenerator<T, void, undefined> = {
    next: async () => {
      const result = await source.next();
      ctx.loaders = ctx.newLoaders();
      return result;
    },
    return: () => source.return(),
    throw: (error: unknown) => source.throw(error),
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
