import { describe, expect, it } from 'vitest';
import type { Context } from './context';
import { defineEvent, handlersOf, onEvent, publishEvent } from './domain-events';

const ctx = {} as Context;

describe('domain events', () => {
  it('runs the handlers of an event in the order they were registered, each once', async () => {
    const Rang = defineEvent<{ bell: string }>('Rang');
    const heard: string[] = [];
    onEvent(Rang, 'first', async (_ctx, { bell }) => void heard.push(`first:${bell}`));
    onEvent(Rang, 'second', async (_ctx, { bell }) => void heard.push(`second:${bell}`));
    onEvent(Rang, 'first', async () => void heard.push('again'));
    await publishEvent(ctx, Rang, { bell: 'noon' });
    expect(heard).toEqual(['first:noon', 'second:noon']);
    expect(handlersOf(Rang)).toEqual(['first', 'second']);
  });

  it('refuses to publish an event nobody registered for (its reactions would be lost silently)', async () => {
    const Forgotten = defineEvent<object>('Forgotten');
    await expect(publishEvent(ctx, Forgotten, {})).rejects.toThrow(/No handler is registered for Forgotten/);
  });

  it('stops at a failing handler, so the publisher’s transaction rolls back with it', async () => {
    const Broke = defineEvent<object>('Broke');
    const heard: string[] = [];
    onEvent(Broke, 'fails', async () => {
      throw new Error('boom');
    });
    onEvent(Broke, 'after', async () => void heard.push('after'));
    await expect(publishEvent(ctx, Broke, {})).rejects.toThrow('boom');
    expect(heard).toEqual([]);
  });
});
