/**
 * The built product as a web server (no browser needed): the build's favicon.ico, its brotli and gzip copies served
 * with immutable caching, and 404 for addresses the SPA does not have (from the routes the build lists).
 */
import { request } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';

const baseUrl = inject('baseUrl');
let database: DbHandle;

beforeAll(() => {
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(() => database?.close());

/** A GET with node:http, which neither asks for nor undoes compression by itself. */
function get(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(`${baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the built product as a web server', () => {
  it('has a favicon.ico, linked from the page beside the SVG icon', async () => {
    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    expect([...icon.body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const page = (await get('/')).body.toString('utf8');
    expect(page).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32" />');
    expect(page).toContain('href="/favicon.svg"');
  });

  it('serves the app’s script from its brotli copy with an immutable cache', async () => {
    const page = (await get('/')).body.toString('utf8');
    const script = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const plain = await get(script!);
    const br = await get(script!, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    // The build's file, sent whole with its length (compressing on the fly streams it without one).
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect((await get(script!, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
  });

  it('answers 404 with the app’s page for unknown addresses and unknown experts, 200 for the app’s pages', async () => {
    const [expert] = await database.sql<{ slug: string }[]>`select slug from experts where status = 'ACTIVE' limit 1`;
    expect((await get(`/experts/${expert!.slug}`)).status).toBe(200);
    for (const path of ['/', '/search?q=guitar', '/sign-in', '/login', '/admin/experts', '/bookings/123/room']) {
      expect((await get(path)).status, path).toBe(200);
    }
    for (const path of ['/no-such-page', '/experts/nobody-by-this-name', '/bookings/123/nothing']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8')).toContain('<div id="root"></div>');
    }
  });
});
