/**
 * `pnpm bench booking`: booking under contention and at full speed, through GraphQL against the built API.
 * - Racing: in each round, 200 signed-in clients fire at once at 8 overlapping slots of one expert. Every answer must be
 *   a booking or a typed SlotUnavailableError, and the bookings won must never overlap (the bench fails otherwise).
 * - Uncontended: distinct, non-overlapping slots across many experts, 20 requests in flight: the booking throughput.
 */
import { percentiles, printTable, startServers } from './harness.mjs';

const rounds = Number(process.env.BENCH_ROUNDS ?? 10);
const racers = 200;
const uncontendedBookings = Number(process.env.BENCH_BOOKINGS ?? 600);
const inFlight = 20;

const servers = await startServers('booking');
try {
  const { apiUrl, offerings, cookies } = servers;
  const graphql = async (query, variables, cookie) => {
    const started = performance.now();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { data: body.data, ms: performance.now() - started };
  };
  const bookSlot = `mutation($input: BookSlotInput!) { bookSlot(input: $input) { __typename ... on BookingSuccess { booking { startsAt endsAt } } } }`;
  const slotsOf = async (offeringId, from, days) =>
    (
      await graphql(
        `
          query ($o: ID!, $f: String!, $d: Int) {
            bookableSlots(offeringId: $o, from: $f, days: $d, timeZone: "Europe/Paris") {
              days {
                slots {
                  startsAt
                }
              }
            }
          }
        `,
        { o: offeringId, f: from, d: days },
      )
    ).data.bookableSlots.days.flatMap((d) => d.slots.map((s) => s.startsAt));
  const book = (offeringId, startsAt, cookie) => graphql(bookSlot, { input: { offeringId, startsAt, timeZone: 'Europe/Paris' } }, cookie);
  const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

  // Racing rounds.
  const raceTimes = [];
  let won = 0;
  let refused = 0;
  let raceMs = 0;
  for (let round = 0; round < rounds; round += 1) {
    const offeringId = offerings[round];
    const starts = (await slotsOf(offeringId, from, 7)).slice(0, 8);
    const started = performance.now();
    const results = await Promise.all(Array.from({ length: racers }, (_, i) => book(offeringId, starts[i % starts.length], cookies[i])));
    raceMs += performance.now() - started;
    const wins = [];
    for (const { data, ms } of results) {
      raceTimes.push(ms);
      const kind = data.bookSlot.__typename;
      if (kind === 'BookingSuccess') wins.push(data.bookSlot.booking);
      else if (kind === 'SlotUnavailableError') refused += 1;
      else throw new Error(`round ${round}: an untyped outcome ${kind}`);
    }
    wins.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    wins.forEach((w, i) => {
      if (i > 0 && wins[i - 1].endsAt > w.startsAt) throw new Error(`round ${round}: overlapping bookings ${JSON.stringify(wins)}`);
    });
    won += wins.length;
  }

  // Uncontended: whole-hour slots (never overlapping each other) of the remaining experts, taken in turn from each
  // expert so requests in flight rarely wait on the same expert's calendar lock.
  const perExpert = await Promise.all(
    offerings
      .slice(rounds)
      .map(async (offeringId) =>
        (await slotsOf(offeringId, from, 14)).filter((s) => s.endsWith(':00:00.000Z')).map((s) => [offeringId, s]),
      ),
  );
  const targets = [];
  for (let i = 0; targets.length < uncontendedBookings && perExpert.some((list) => i < list.length); i += 1) {
    for (const list of perExpert) if (i < list.length && targets.length < uncontendedBookings) targets.push(list[i]);
  }
  const freeTimes = [];
  let next = 0;
  const freeStarted = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, worker) => {
      while (next < targets.length) {
        const [offeringId, startsAt] = targets[next];
        next += 1;
        const { data, ms } = await book(offeringId, startsAt, cookies[(worker * 7 + next) % cookies.length]);
        if (data.bookSlot.__typename !== 'BookingSuccess') throw new Error(`an uncontended booking failed: ${data.bookSlot.__typename}`);
        freeTimes.push(ms);
      }
    }),
  );
  const freeMs = performance.now() - freeStarted;

  printTable(`bookSlot through GraphQL (booking emails and reminders are queued in the same transactions)`, [
    { name: `racing: ${racers} at once × ${rounds} rounds`, rps: raceTimes.length / (raceMs / 1000), ...percentiles(raceTimes) },
    { name: `uncontended: ${targets.length}, ${inFlight} in flight`, rps: freeTimes.length / (freeMs / 1000), ...percentiles(freeTimes) },
  ]);
  console.log(
    `\nRacing: ${won} bookings won (never overlapping), ${refused} typed SlotUnavailableError, 0 other outcomes, over ${racers * rounds} requests.`,
  );
  console.log(`Uncontended: ${(freeTimes.length / (freeMs / 1000)).toFixed(0)} bookings/s committed.`);
} finally {
  await servers.stop();
}
