import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routePreloader, withRoutePreloads } from './route-preloads';

const indexHtml = '<html><head><title>Skillcall</title></head><body><div id="root"></div></body></html>';

describe('the first page’s own files, preloaded from index.html', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'route-preloads-'));
  writeFileSync(
    path.join(dist, 'route-preloads.json'),
    JSON.stringify({
      '/experts/:slug': {
        scripts: ['assets/expert-abc.js', 'assets/mantine-def.js'],
        styles: ['assets/expert-abc.css'],
        strings: { en: ['assets/strings-en-expert-123.js'], fr: ['assets/strings-fr-expert-123.js'] },
      },
      '/search': { scripts: ['assets/search-abc.js'], styles: [] },
    }),
  );
  const preloadFor = routePreloader(dist);

  it('links the scripts and style sheets of the route the address matches', () => {
    const html = withRoutePreloads(indexHtml, preloadFor('/experts/samuel-wilson'), 'fr');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/expert-abc.js" />');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/mantine-def.js" />');
    expect(html).toContain('<link rel="preload" as="style" href="/assets/expert-abc.css" />');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/strings-fr-expert-123.js" />');
    expect(html).not.toContain('strings-en');
    expect(html).not.toContain('search-abc');
    expect(html.match(/<\/head>/g)).toHaveLength(1);
  });

  it('adds nothing for an address of no listed route, or without the build’s file', () => {
    expect(withRoutePreloads(indexHtml, preloadFor('/bookings'), 'en')).toBe(indexHtml);
    expect(withRoutePreloads(indexHtml, routePreloader(path.join(dist, 'missing'))('/search'), 'en')).toBe(indexHtml);
  });
});
