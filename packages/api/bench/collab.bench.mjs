/**
 * `pnpm bench collab`: BENCH_ROOMS (100) booked sessions, each with its two participants connected to the same notes
 * document on one API process through `@hocuspocus/provider` (each its own WebSocket, as two browsers), type
 * 5 keystrokes per second each for BENCH_SECONDS (20 by default; the figure is 60). Each participant appends
 * to a text of their own, so the other side knows which keystrokes arrived: the delay is from the keystroke on one
 * client to its appearance on the other. Printed beside the goals: p50/p95 of that delay, the server's CPU while
 * typing (from /proc/<pid>/stat: user + system time over wall time, 100% = one core), and its memory per open
 * document when idle (RSS after a full GC, with every document open, minus before any was).
 */
import { readFileSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { percentiles, printTable, startServers } from './harness.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const keystrokesPerSecond = 5;
const servers = await startServers('collab', { nodeArgs: ['--expose-gc'] });
const providers = [];
try {
  const { apiUrl, bareUrl, pid, expertCookie, bookings } = servers;
  const memory = async () => (await fetch(`${bareUrl}/memory`)).json();
  /** The server's CPU seconds so far (utime + stime, in clock ticks of 1/100 s). */
  const cpuSeconds = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const before = await memory();

  const open = (cookie, name) => {
    class CookieWebSocket extends WebSocket {
      constructor(url, protocols) {
        super(url, protocols, { headers: { cookie } });
      }
    }
    const socket = new HocuspocusProviderWebsocket({ url: `${apiUrl.replace(/^http/, 'ws')}/collab`, WebSocketPolyfill: CookieWebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, document: new Y.Doc(), token: '' });
    provider.attach();
    providers.push({ provider, socket });
    return new Promise((resolve) => provider.on('synced', () => resolve(provider)));
  };

  const delays = [];
  let measuring = false;
  const rooms = [];
  for (let batch = 0; batch < bookings.length; batch += 20) {
    rooms.push(
      ...(await Promise.all(
        bookings.slice(batch, batch + 20).map(async ({ bookingId, userCookie }) => {
          const name = `booking/${bookingId}/notes`;
          const [user, expert] = await Promise.all([open(userCookie, name), open(expertCookie, name)]);
          const sides = [
            { provider: user, sentAt: [] },
            { provider: expert, sentAt: [] },
          ];
          sides.forEach((side, i) => {
            const other = sides[1 - i];
            // This side watches the other's text: each new character is one of the other's keystrokes arriving.
            const watched = side.provider.document.getText(`typed-by-${1 - i}`);
            let seen = 0;
            watched.observe(() => {
              const now = performance.now();
              for (; seen < watched.length; seen += 1) if (measuring && other.sentAt[seen]) delays.push(now - other.sentAt[seen]);
            });
            side.text = side.provider.document.getText(`typed-by-${i}`);
          });
          return sides;
        }),
      )),
    );
  }
  for (let tries = 0; (await memory()).documents < bookings.length; tries += 1) {
    if (tries > 100) throw new Error('not every document opened on the server');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000)); // past the first debounced stores
  const idle = await memory();

  const clients = rooms.flat();
  const cpuBefore = cpuSeconds();
  const clientCpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  measuring = true;
  const intervalMs = 1000 / keystrokesPerSecond;
  await Promise.all(
    clients.map(
      (client, i) =>
        new Promise((resolve) => {
          // Spread the clients' keystrokes over the interval, as people do not type in step.
          setTimeout(
            () => {
              const timer = setInterval(() => {
                if (performance.now() - startedAt >= seconds * 1000) {
                  clearInterval(timer);
                  resolve();
                  return;
                }
                client.sentAt[client.text.length] = performance.now();
                client.text.insert(client.text.length, 'k');
              }, intervalMs);
            },
            (i / clients.length) * intervalMs,
          );
        }),
    ),
  );
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // the last keystrokes arrive
  const wallSeconds = (performance.now() - startedAt) / 1000;
  const cpu = (cpuSeconds() - cpuBefore) / wallSeconds;
  const clientUsage = process.cpuUsage(clientCpuBefore);
  const clientCpu = (clientUsage.user + clientUsage.system) / 1e6 / wallSeconds;
  measuring = false;
  const sent = clients.reduce((sum, c) => sum + c.sentAt.filter(Boolean).length, 0);

  const { p50, p95, p99 } = percentiles(delays);
  const perDocumentKb = (idle.rss - before.rss) / bookings.length / 1024;
  printTable(`collab: ${bookings.length} rooms × 2 clients, ${keystrokesPerSecond} keystrokes/s each for ${seconds} s, one API process`, [
    { name: 'keystroke → other client (rps: arrivals/s)', rps: delays.length / wallSeconds, p50, p95, p99 },
  ]);
  console.log(`  keystrokes sent ${sent}, received ${delays.length} (${((delays.length / Math.max(1, sent)) * 100).toFixed(1)}%)`);
  console.log(`  p95 delay           ${p95.toFixed(1)} ms   (goal < 100 ms)  ${p95 < 100 ? 'met' : 'NOT MET'}`);
  console.log(
    `  server CPU          ${(cpu * 100).toFixed(0)}% of one core while typing (the 200 clients, in this process: ${(clientCpu * 100).toFixed(0)}%)`,
  );
  console.log(
    `  RSS per idle doc    ${perDocumentKb.toFixed(0)} KB   (goal < 200 KB)  ${perDocumentKb < 200 ? 'met' : 'NOT MET'}` +
      `  (heap ${((idle.heapUsed - before.heapUsed) / bookings.length / 1024).toFixed(0)} KB; ${idle.documents} documents, 2 connections each)`,
  );
} finally {
  for (const { provider, socket } of providers) {
    provider.destroy();
    socket.destroy();
  }
  await servers.stop();
}
