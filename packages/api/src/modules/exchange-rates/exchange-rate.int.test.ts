import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createLoaders } from '../../loaders';
import { systemClock } from '../../platform/clock';
import { createLogger } from '../../platform/logger';
import { enqueue } from '../../platform/jobs/queue';
import { systemContext } from '../../platform/system-context';
import { fetchEcbRates, EcbUnavailableError } from './ecb.client';
import { loadEcbRatesJob } from './exchange-rate.jobs';
import { RatesFileError } from './exchange-rate.policy';
import { importRatesFile, MissingExchangeRateError, reportingConverter } from './exchange-rate.service';

/** The ECB's answer to `GET /stats/eurofxref/eurofxref-daily.xml` on 2022-07-08, as recorded. */
const recordedDaily = readFileSync(path.join(__dirname, 'recorded/eurofxref-daily-2022-07-08.xml'));

let ecb: http.Server;
let ecbUrl: string;
const requests: http.IncomingHttpHeaders[] = [];
let t: TestApp;

beforeAll(async () => {
  ecb = http.createServer((req, res) => {
    requests.push(req.headers);
    if (req.url !== '/stats/eurofxref/eurofxref-daily.xml') return void res.writeHead(404).end('Not found');
    res.writeHead(200, { 'content-type': 'text/xml' }).end(recordedDaily);
  });
  await new Promise<void>((resolve) => ecb.listen(0, '127.0.0.1', resolve));
  ecbUrl = `http://127.0.0.1:${(ecb.address() as AddressInfo).port}/stats/eurofxref/eurofxref-daily.xml`;
  t = await startTestApp({ ECB_RATES_URL: ecbUrl, REPORTING_CURRENCY: 'EUR' });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => ecb.close(resolve));
});

const context = (overrides: Partial<TestApp['config']> = {}) =>
  systemContext(
    {
      adapters: t.app.adapters,
      db: t.app.database.db,
      config: { ...t.config, ...overrides },
      logger: createLogger(t.config),
      clock: systemClock,
      createLoaders,
    },
    'test',
  );

const storedCount = async () =>
  (await t.app.database.db.execute<{ count: number }>(sql`select count(*)::int as count from exchange_rates`))[0]!.count;

describe('the ECB adapter (contract, on a recorded answer)', () => {
  it('asks for XML and reads the recorded answer into rates', async () => {
    const rates = await fetchEcbRates(ecbUrl);
    expect(requests.at(-1)?.accept).toContain('xml');
    expect(rates).toHaveLength(31);
    expect(rates).toContainEqual({ day: '2022-07-08', currency: 'JPY', perEuro: '138.05' });
  });

  it('says the ECB is unreachable, naming the address and the way out, when it is', async () => {
    await expect(fetchEcbRates(ecbUrl.replace('eurofxref-daily', 'moved'))).rejects.toThrow(/HTTP 404.*import-rates/);
    await expect(fetchEcbRates('http://127.0.0.1:9/eurofxref.xml')).rejects.toBeInstanceOf(EcbUnavailableError);
  });
});

describe('rates for reports', () => {
  it("the daily job stores the ECB's rates, and amounts convert at the rate of the day (a weekend uses Friday's)", async () => {
    await enqueue(t.app.database.db, loadEcbRatesJob, {});
    await vi.waitFor(async () => expect(await storedCount()).toBe(31), { timeout: 15_000, interval: 100 });
    const toEur = reportingConverter(context());
    // Saturday 2022-07-09: Friday's 1.0163 USD per EUR.
    expect(await toEur.convert({ amountMinor: 10_000, currency: 'USD' }, '2022-07-09')).toEqual({
      money: { amountMinor: 9840, currency: 'EUR' },
      rateDay: '2022-07-08',
    });
    const toGbp = reportingConverter(context(), 'GBP');
    expect((await toGbp.convert({ amountMinor: 10_000, currency: 'EUR' }, '2022-07-08')).money).toEqual({
      amountMinor: 8459,
      currency: 'GBP',
    });
  });

  it('refuses to convert without a rate on or before the day, naming the currency and the day', async () => {
    const toEur = reportingConverter(context());
    await expect(toEur.convert({ amountMinor: 500, currency: 'USD' }, '2022-07-07')).rejects.toThrow(MissingExchangeRateError);
    await expect(toEur.convert({ amountMinor: 500, currency: 'XOF' }, '2022-07-08')).rejects.toThrow(/XOF on or before 2022-07-08/);
  });

  it('an imported file fills a currency the ECB does not publish, and a refused file stores nothing', async () => {
    const before = await storedCount();
    await expect(importRatesFile(context(), 'date,currency,rate\n2022-07-08,XOF,655.957\n2022-07-08,BAD,x\n')).rejects.toBeInstanceOf(
      RatesFileError,
    );
    expect(await storedCount()).toBe(before);
    expect(await importRatesFile(context(), 'date,currency,rate\n2022-07-08,XOF,655.957\n')).toEqual({
      count: 1,
      firstDay: '2022-07-08',
      lastDay: '2022-07-08',
    });
    expect((await reportingConverter(context()).convert({ amountMinor: 655_957, currency: 'XOF' }, '2022-07-10')).money).toEqual({
      amountMinor: 100_000,
      currency: 'EUR',
    });
  });

  it('an unreachable ECB leaves the job done with a warning, not retried in a loop', async () => {
    const ctx = context({ exchangeRates: { reportingCurrency: 'EUR', ecbUrl: 'http://127.0.0.1:9/eurofxref.xml' } });
    const handle = await loadEcbRatesJob.handler();
    await expect(handle(ctx, {}, { id: 'test', attempts: 1 })).resolves.toBeUndefined();
  });
});
