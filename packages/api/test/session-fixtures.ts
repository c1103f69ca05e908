/** Sessions held through the room, as the two browsers would: for suites that need a booking that took place. */
import { EndSessionDocument, JoinSessionDocument, SessionHeartbeatDocument } from '@skillcall/schema';
import type { ManualClock } from '../src/platform/clock';
import { expectType, type TestClient } from './graphql-client';

/**
 * At `from`, the user and the expert join the booking's room, stay `seconds` together (a heartbeat every
 * 10 seconds each) and the expert ends the session: the booking is COMPLETED and billed for those seconds.
 */
export async function holdSession(
  clock: ManualClock,
  options: { user: TestClient; expert: TestClient; bookingId: string; from: string; seconds: number },
) {
  const { user, expert, bookingId } = options;
  clock.set(new Date(options.from));
  const pages = [];
  for (const client of [user, expert]) {
    const joined = expectType((await client.data(JoinSessionDocument, { bookingId })).joinSession, 'JoinSessionSuccess');
    pages.push({ client, connectionId: joined.connectionId });
  }
  for (let left = options.seconds * 1000; left > 0; left -= 10_000) {
    clock.advance(Math.min(10_000, left));
    for (const page of pages) await page.client.data(SessionHeartbeatDocument, { bookingId, connectionId: page.connectionId });
  }
  return expectType((await expert.data(EndSessionDocument, { bookingId })).endSession, 'SessionSuccess').room;
}
