#!/usr/bin/env node
/**
 * What a first visit downloads before a page is interactive: every script and style sheet the page requests until its
 * heading is shown and the network is quiet, counted at its gzipped size (the build's `.gz` copy, which the API
 * serves), with the style sheets that block the first paint (those linked from index.html) apart.
 *
 * `pnpm --filter @skillcall/web measure:first-load` (after `pnpm build`) prints it for the home page, a search page and
 * an expert page of the built app on demo data; `firstLoad()` is what `e2e/download-size.e2e.test.ts` holds to budget.
 * Measured in a fresh profile with service workers blocked: a first visit, before anything is cached.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

/** The budget of issue 23: the home page's first load. */
export const homeJsBudgetBytes = 200_000;

/** A dist file's gzipped size: the `.gz` copy the build wrote, or gzip -9 of the file (the build skips under 1 KiB). */
function gzippedSize(distDir, file) {
  const gz = `${file}.gz`;
  if (existsSync(path.join(distDir, gz))) return statSync(path.join(distDir, gz)).size;
  return gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
}

/** The style sheets index.html links: the browser paints nothing before they arrive. */
function renderBlockingStyles(distDir) {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag);
  return new Set(
    links
      .filter((tag) => /rel="stylesheet"/.test(tag) && !/media="(print|not all)"/.test(tag))
      .map((tag) => /href="\/?([^"]+)"/.exec(tag)?.[1])
      .filter(Boolean),
  );
}

/**
 * Opens `url` in a new page of `context` and sums what it loaded once `ready` (a locator maker, default: the page's
 * level-1 heading) is visible and the network has been idle. Returns bytes and the files, by kind.
 */
export async function firstLoad(context, url, distDir, ready = (page) => page.getByRole('heading', { level: 1 }).first()) {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const requested = [];
  page.on('request', (request) => {
    const type = request.resourceType();
    if ((type === 'script' || type === 'stylesheet') && request.url().startsWith(origin)) {
      requested.push({ type, file: new URL(request.url()).pathname.replace(/^\//, '') });
    }
  });
  await page.goto(url);
  await ready(page).waitFor({ state: 'visible', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.close();

  const blocking = renderBlockingStyles(distDir);
  const files = [...new Map(requested.map((r) => [r.file, r])).values()].map((r) => ({ ...r, gzip: gzippedSize(distDir, r.file) }));
  const sum = (list) => list.reduce((total, f) => total + f.gzip, 0);
  const scripts = files.filter((f) => f.type === 'script');
  const styles = files.filter((f) => f.type === 'stylesheet');
  return {
    jsGzip: sum(scripts),
    cssGzip: sum(styles),
    blockingCssGzip: sum(styles.filter((f) => blocking.has(f.file))),
    scripts: scripts.map((f) => f.file),
    styles: styles.map((f) => f.file),
  };
}

/** The three pages measured: home, a search, and the first expert that search shows. */
export async function measurePages(browser, baseUrl, distDir) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
  try {
    const searchUrl = `${baseUrl}/search?q=guitar`;
    const probe = await context.newPage();
    await probe.goto(searchUrl);
    const expertLink = probe.locator('main a[href^="/experts/"]').first();
    await expertLink.waitFor({ timeout: 60_000 });
    const expertUrl = `${baseUrl}${await expertLink.getAttribute('href')}`;
    await probe.close();
    // The probe's visit warmed nothing that counts: sizes come from dist, and each page is measured on its own load.
    return {
      expertUrl,
      home: await firstLoad(context, `${baseUrl}/`, distDir),
      search: await firstLoad(context, searchUrl, distDir),
      expert: await firstLoad(context, expertUrl, distDir),
    };
  } finally {
    await context.close();
  }
}

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { startBuiltApp, webDist } = await import('./built-app.mjs');
  const app = await startBuiltApp();
  const browser = await launchChromium();
  try {
    const pages = await measurePages(browser, app.url, webDist);
    console.log('First load of a new visitor, gzipped (kB = 1,000 bytes)\n');
    console.log(['page'.padEnd(8), 'JS'.padStart(10), 'files'.padStart(6), 'CSS'.padStart(10), 'blocking CSS'.padStart(14)].join(' '));
    for (const name of ['home', 'search', 'expert']) {
      const r = pages[name];
      console.log(
        [
          name.padEnd(8),
          kB(r.jsGzip).padStart(10),
          String(r.scripts.length).padStart(6),
          kB(r.cssGzip).padStart(10),
          kB(r.blockingCssGzip).padStart(14),
        ].join(' '),
      );
    }
    const verdict = pages.home.jsGzip <= homeJsBudgetBytes ? 'within' : 'OVER';
    console.log(`\nHome page JS ${kB(pages.home.jsGzip)}: ${verdict} the ${kB(homeJsBudgetBytes)} budget.`);
    if (process.argv.includes('--files')) console.log(JSON.stringify(pages, null, 2));
  } finally {
    await browser.close();
    await app.stop();
  }
}
