#!/usr/bin/env node
/**
 * `pnpm bench:web` (or `pnpm bench web`): Lighthouse's mobile profile (simulated slow 4G and a 4× slower CPU, its
 * defaults) on the home page, a search page and an expert page of the built app, on demo data, in the system
 * Chromium. Prints the performance score, LCP, TBT, CLS and the page's JavaScript (bytes transferred, compressed) for
 * each, the median of BENCH_RUNS runs (3 by default), beside issue 23's goals and the figures before it.
 *
 * Lighthouse simulates the network and CPU from what it observed, so a busy machine still moves the figures: run it
 * when the machine is quiet.
 */
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { launchChromium, measurePages } from './first-load.mjs';
import { startBuiltApp, webDist } from './built-app.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const goals = { performance: 90, lcpMs: 2500, cls: 0.1 };
const before = 'before issue 23: JS 394 KB gzip on every page, performance 27–41, LCP ≈ 12 s';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One Lighthouse run of `url` in a fresh headless Chromium: the figures this bench prints. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { audits, categories } = result.lhr;
    const requests = audits['network-requests'].details.items;
    const scripts = requests.filter((r) => r.resourceType === 'Script' && (r.sessionTargetType ?? 'page') === 'page');
    // What this run's Chromium saw, without Lighthouse's simulation of a slow phone and network.
    const observed = audits.metrics.details.items[0];
    return {
      observedFcpMs: observed.observedFirstContentfulPaint,
      observedLcpMs: observed.observedLargestContentfulPaint,
      performance: Math.round(categories.performance.score * 100),
      lcpMs: audits['largest-contentful-paint'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      jsBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    };
  } finally {
    chrome.kill();
  }
}

const app = await startBuiltApp();
try {
  // The expert page: the first result of the search, as a visitor would open it.
  const browser = await launchChromium();
  const firstLoad = await measurePages(browser, app.url, webDist).finally(() => browser.close());
  const pages = { home: `${app.url}/`, search: `${app.url}/search?q=guitar`, expert: firstLoad.expertUrl };

  console.log(`Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}mobile profile, ${new Date().toISOString()}`);
  console.log(`goals: performance ≥ ${goals.performance}, LCP ≤ ${goals.lcpMs / 1000} s, CLS < ${goals.cls}; ${before}\n`);
  console.log(
    [
      'page'.padEnd(8),
      'perf'.padStart(5),
      'LCP s'.padStart(7),
      'TBT ms'.padStart(7),
      'CLS'.padStart(6),
      'JS kB'.padStart(7),
      'first-load JS gz kB'.padStart(20),
      'observed FCP/LCP ms'.padStart(20),
    ].join(' '),
  );
  for (const [name, url] of Object.entries(pages)) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await audit(url));
    const pick = (key) => median(results.map((r) => r[key]));
    const row = {
      performance: pick('performance'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      jsBytes: pick('jsBytes'),
      observedFcpMs: pick('observedFcpMs'),
      observedLcpMs: pick('observedLcpMs'),
    };
    const flag = (ok) => (ok ? ' ' : '!');
    console.log(
      [
        name.padEnd(8),
        `${row.performance}${flag(row.performance >= goals.performance)}`.padStart(5),
        `${(row.lcpMs / 1000).toFixed(1)}${flag(row.lcpMs <= goals.lcpMs)}`.padStart(7),
        row.tbtMs.toFixed(0).padStart(7),
        `${row.cls.toFixed(3)}${flag(row.cls < goals.cls)}`.padStart(6),
        (row.jsBytes / 1000).toFixed(1).padStart(7),
        (firstLoad[name].jsGzip / 1000).toFixed(1).padStart(20),
        `${row.observedFcpMs.toFixed(0)} / ${row.observedLcpMs.toFixed(0)}`.padStart(20),
      ].join(' '),
    );
  }
  console.log('\n! marks a figure that misses its goal. Observed: what Chromium measured on this machine, unthrottled.');
  console.log(
    `Load average (1, 5, 15 min) at the end: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}`,
  );
} finally {
  await app.stop();
}
