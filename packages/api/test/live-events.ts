/** Waiting for live-event subscribers on the test app: a subscription listens once its topic has a listener here. */
import { expect } from 'vitest';
import type { TestApp } from './harness';

/** Resolves once `topic` has at least `count` local listeners (subscriptions reach the bus asynchronously). */
export async function listening(t: TestApp, topic: string, count = 1): Promise<void> {
  await expect.poll(() => t.app.adapters.events.listenerCount(topic), { timeout: 10_000, interval: 20 }).toBeGreaterThanOrEqual(count);
}
