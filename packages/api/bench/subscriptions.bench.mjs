/**
 * `pnpm bench subscriptions`: 2,000 graphql-ws subscribers on one API process watch one expert's slots
 * (`expertSlotsChanged`); the expert edits their availability, and the bench times how long each change takes to
 * reach every subscriber (from sending the mutation to each delivery), and what each connection costs the server
 * in memory (RSS and heap after a full GC, before and after connecting).
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { percentiles, printTable, startServers } from './harness.mjs';

const subscriberCount = Number(process.env.BENCH_SUBSCRIBERS ?? 2000);
const changes = Number(process.env.BENCH_CHANGES ?? 10);

const servers = await startServers('subscriptions', { nodeArgs: ['--expose-gc'] });
const clients = [];
try {
  const { apiUrl, bareUrl, expertId, expertCookie } = servers;
  const memory = async () => (await fetch(`${bareUrl}/memory`)).json();
  const before = await memory();

  let round = -1;
  let sentAt = 0;
  const delivered = Array.from({ length: changes }, () => []);
  const connectStarted = performance.now();
  for (let batch = 0; batch < subscriberCount; batch += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, subscriberCount - batch) }, async () => {
        const client = createClient({
          url: `${apiUrl.replace(/^http/, 'ws')}/graphql`,
          webSocketImpl: WebSocket,
          lazy: false,
          retryAttempts: 0,
          onNonLazyError: () => {},
        });
        clients.push(client);
        await new Promise((resolve, reject) => {
          client.on('connected', resolve);
          client.on('error', reject);
        });
        client.subscribe(
          { query: 'subscription($id: ID!) { expertSlotsChanged(expertId: $id) { expertId reason } }', variables: { id: expertId } },
          {
            next: () => delivered[round]?.push(performance.now() - sentAt),
            error: (e) => console.error('subscription error', e),
            complete: () => {},
          },
        );
      }),
    );
  }
  for (let tries = 0; (await memory()).subscribers < subscriberCount; tries += 1) {
    if (tries > 100) throw new Error('not every subscription reached the server');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  const after = await memory();

  const mutationTimes = [];
  const schedule = (maxSessionsPerDay) => ({
    timeZone: 'Europe/Paris',
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
    exceptions: [],
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minNoticeMinutes: 60,
    maxSessionsPerDay,
  });
  for (round = 0; round < changes; round += 1) {
    sentAt = performance.now();
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: expertCookie },
      body: JSON.stringify({
        query: 'mutation($input: UpdateAvailabilityInput!) { updateAvailability(input: $input) { __typename } }',
        variables: { input: schedule(4 + (round % 2)) },
      }),
    });
    const answer = await response.json();
    if (answer.data?.updateAvailability?.__typename !== 'AvailabilitySuccess')
      throw new Error(`the change failed: ${JSON.stringify(answer)}`);
    mutationTimes.push(performance.now() - sentAt);
    const deadline = Date.now() + 15_000;
    while (delivered[round].length < subscriberCount && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    if (delivered[round].length !== subscriberCount)
      throw new Error(`change ${round} reached ${delivered[round].length} of ${subscriberCount} subscribers`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  const all = delivered.flat();
  const lastPerChange = delivered.map((times) => Math.max(...times));
  printTable(`${subscriberCount} subscribers on one process, ${changes} availability changes (from sending the mutation)`, [
    { name: 'mutation answered', rps: changes / (mutationTimes.reduce((a, b) => a + b, 0) / 1000), ...percentiles(mutationTimes) },
    { name: `delivery to each subscriber (${all.length})`, rps: NaN, ...percentiles(all) },
    { name: 'delivery to the last subscriber', rps: NaN, ...percentiles(lastPerChange) },
  ]);
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`\nEvery change reached all ${subscriberCount} subscribers. Connecting them took ${connectSeconds.toFixed(1)} s.`);
  console.log(
    `Server memory after GC: RSS ${mb(before.rss)} → ${mb(after.rss)} MB, heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB; ` +
      `per connection: ${((after.rss - before.rss) / subscriberCount / 1024).toFixed(1)} kB RSS, ${((after.heapUsed - before.heapUsed) / subscriberCount / 1024).toFixed(1)} kB heap.`,
  );
} finally {
  await Promise.all(clients.map((c) => c.dispose()));
  await servers.stop();
}
