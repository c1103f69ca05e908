/**
 * How the server answers as a web server: the SPA's addresses (404 for the others, still with the SPA's page),
 * precompressed static files and compressed dynamic answers, page heads written from user text, and errors of
 * malformed or oversized requests as GraphQL-over-HTTP JSON without a stack. The dist folder is a small stand-in
 * for `packages/web/dist` (the e2e suite `serving.e2e.test.ts` checks the real build).
 */
import { request } from 'node:http';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { categoryIdBySlug, createApprovedExpert } from '../../seed/expert-factories';

let t: TestApp;
// Above the compression threshold, as the real index.html is once the build links its scripts and styles.
const indexHtml = `<!doctype html><html><head><meta name="description" content="Skillcall: live help." /><title>Skillcall</title>
<!-- ${'padding '.repeat(200)} --></head><body><div id="root"></div></body></html>`;
const script = `console.log(${JSON.stringify('a hashed script '.repeat(500))});`;
const scriptName = 'index-B4xq1Zr9.js';
const spaRoutes = ['/', '/search', '/experts/:slug', '/experts/:expertSlug/:offeringSlug', '/admin', '/admin/applications/:id'];

beforeAll(async () => {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'skillcall-web-'));
  await mkdir(path.join(dist, 'assets'));
  await writeFile(path.join(dist, 'index.html'), indexHtml);
  await writeFile(path.join(dist, 'spa-routes.json'), JSON.stringify(spaRoutes));
  await writeFile(path.join(dist, 'assets', scriptName), script);
  await writeFile(path.join(dist, 'assets', `${scriptName}.br`), brotliCompressSync(script));
  await writeFile(path.join(dist, 'assets', `${scriptName}.gz`), gzipSync(script));
  t = await startTestApp({ WEB_DIST_DIR: dist, PUBLIC_URL: 'https://help.example.org' });
});
afterAll(() => t.close());

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request with node:http, which (unlike fetch) neither asks for nor undoes compression by itself. */
function send(method: string, url: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${url}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The body as the client reads it, whatever the encoding the server chose. */
function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  return response.body.toString('utf8');
}

const graphqlPost = (body: string | Buffer, headers: Record<string, string> = {}) =>
  send('POST', '/graphql', { 'content-type': 'application/json', ...headers }, body);

async function guitarExpert(displayName: string) {
  const guitar = await categoryIdBySlug(t.app.database.db, 'guitar');
  return createApprovedExpert(t.app.database.db, {
    displayName,
    headline: 'Guitar for grown-ups',
    bio: 'Twelve years of teaching adults the songs they love.',
    skills: ['guitar'],
    categoryIds: [guitar],
    languages: ['en'],
    country: 'FR',
    timeZone: 'Europe/Paris',
    approvedAt: new Date('2026-01-01T00:00:00Z'),
    offerings: [
      {
        title: 'First chords',
        description: 'Four chords that open a hundred songs.',
        categoryId: guitar,
        languages: ['en'],
        price: { model: 'FREE', durationMinutes: 30 },
        cancellationPolicy: 'FLEXIBLE',
      },
    ],
  });
}

describe('the SPA’s addresses', () => {
  it('answers 404 with the SPA’s page for an address the SPA does not have, and 200 for its routes', async () => {
    for (const url of ['/no-such-page', '/experts', '/admin/nothing', '/search/more']) {
      const response = await send('GET', url);
      expect(response.status, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(decoded(response)).toContain('<div id="root"></div>');
    }
    for (const url of ['/', '/search?q=guitar', '/admin', '/admin/applications/42', '/Search/']) {
      expect((await send('GET', url)).status, url).toBe(200);
    }
  });

  it('answers 404 for an expert or an offering that does not exist, 200 for one that does', async () => {
    const { expert, offerings } = await guitarExpert('Nina Strings');
    expect((await send('GET', `/experts/${expert.slug}`)).status).toBe(200);
    expect((await send('GET', `/experts/${expert.slug}/${offerings[0]!.slug}`)).status).toBe(200);
    const missing = await send('GET', '/experts/nobody-here');
    expect(missing.status).toBe(404);
    expect(decoded(missing)).toContain('<div id="root"></div>');
    expect((await send('GET', `/experts/${expert.slug}/no-such-offering`)).status).toBe(404);
  });
});

describe('page heads written from user text', () => {
  it('writes names with $&, $’, $1, </title> and quotes literally, once, into the title and og:title', async () => {
    const name = `Zed $& $' $\` $1 $$ </title><script>x</script> "Q" 'S'`;
    const { expert } = await guitarExpert(name);
    const html = decoded(await send('GET', `/experts/${expert.slug}`));
    const escaped = `Zed $&amp; $' $\` $1 $$ &lt;/title&gt;&lt;script&gt;x&lt;/script&gt; &quot;Q&quot; 'S'`;
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain(`<title>${escaped} · Guitar for grown-ups · Skillcall</title>`);
    expect(html).toContain(`<meta property="og:title" content="${escaped} · Guitar for grown-ups · Skillcall" />`);
    expect(html).not.toContain('<script>x');
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
  });
});

describe('compression', () => {
  it('serves the build’s brotli or gzip file of a hashed asset, with its type, Vary and an immutable cache', async () => {
    const br = await send('GET', `/assets/${scriptName}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    // The build's file, sent whole with its length (compressing on the fly streams it without one).
    expect(br.headers['content-length']).toBe(String(br.body.length));
    expect(decoded(br)).toBe(script);

    const gzip = await send('GET', `/assets/${scriptName}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(script);

    const plain = await send('GET', `/assets/${scriptName}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(script);
  });

  it('compresses the HTML page and large GraphQL answers, preferring brotli, and leaves small answers alone', async () => {
    const page = await send('GET', '/search', { 'accept-encoding': 'gzip, br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(decoded(page)).toBe(indexHtml);

    const large = await graphqlPost(
      JSON.stringify({ query: '{ categories { id slug nameEn nameFr position children { id slug nameEn nameFr position } } }' }),
      {
        'accept-encoding': 'gzip, br',
      },
    );
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers['vary']).toMatch(/accept-encoding/i);
    expect(JSON.parse(decoded(large))).toMatchObject({ data: { categories: expect.any(Array) } });
    const gzip = await graphqlPost(
      JSON.stringify({ query: '{ categories { id slug nameEn nameFr position children { id slug nameEn nameFr } } }' }),
      { 'accept-encoding': 'gzip' },
    );
    expect(gzip.headers['content-encoding']).toBe('gzip');

    const small = await graphqlPost(JSON.stringify({ query: '{ me { id } }' }), { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decoded(small))).toEqual({ data: { me: null } });
  });
});

describe('errors of malformed requests', () => {
  const expectNoInternals = (text: string) => {
    expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/work\/|\.ts:\d|\.js:\d|<html|<pre>/i);
  };

  it('answers a malformed JSON body with a GraphQL-over-HTTP 400, without stack or path', async () => {
    const response = await graphqlPost('{bad');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const text = decoded(response);
    expectNoInternals(text);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body over the limit with a JSON 413, on GraphQL and on plain HTTP routes alike', async () => {
    const huge = Buffer.alloc(1_100_000, 'x');
    for (const response of [
      await graphqlPost(huge),
      await send('POST', '/webhooks/stripe', { 'content-type': 'application/json' }, huge),
    ]) {
      expect(response.status).toBe(413);
      const text = decoded(response);
      expectNoInternals(text);
      expect(JSON.parse(text)).toEqual({
        errors: [{ message: 'The request body is larger than this address accepts.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    }
  });

  it('refuses an operation over the token limit with a 400 that says what to change', async () => {
    const response = await graphqlPost(JSON.stringify({ query: `{ me { ${'id '.repeat(2100)} } }` }));
    expect(response.status).toBe(400);
    const body = JSON.parse(decoded(response)) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/2000 tokens/), extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(body.errors[0]!.message).toMatch(/fewer fields|smaller/i);
  });

  it('answers other methods on unknown addresses with a JSON 404', async () => {
    const response = await send('POST', '/no-such-endpoint', { 'content-type': 'application/json' }, '{}');
    expect(response.status).toBe(404);
    expect(JSON.parse(decoded(response))).toEqual({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
  });
});
