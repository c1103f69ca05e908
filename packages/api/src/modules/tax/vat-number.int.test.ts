/**
 * VAT numbers checked against (recorded) VIES answers and stored: VALID, INVALID, or NOT_YET_VERIFIED while VIES
 * cannot answer, then verified by the re-check job once it can.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { ViesReplay } from '../../../test/vies-replay';
import { createLoaders } from '../../loaders';
import { crontab } from '../../jobs';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { VatNumberInvalidError } from './tax.types';
import { recheckVatNumbers, vatNumberForReverseCharge, vatNumberStatus } from './vat-number.service';
import { ViesClient } from './vies-client';

const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
const vies = new ViesReplay();
let t: TestApp;

beforeAll(async () => {
  await vies.start();
  t = await startTestApp({ VAT_NUMBER_CHECK: 'vies', JOB_CONCURRENCY: '0' }, clock, (adapters) => ({
    ...adapters,
    vatNumbers: new ViesClient({ url: vies.url, timeoutMs: 1000 }),
  }));
});
afterAll(async () => {
  await t.close();
  await vies.close();
});

const ctx = () =>
  systemContext(
    { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
    'test',
  );

describe('VAT number status', () => {
  it('refuses a number whose checksum fails without asking VIES', async () => {
    const asked = vies.requests.length;
    expect(await vatNumberStatus(ctx(), 'BE 0403.170.702')).toMatchObject({
      number: 'BE0403170702',
      state: 'INVALID',
      invalidReason: 'INVALID_CHECKSUM',
    });
    expect(vies.requests.length).toBe(asked);
  });

  it('stores what VIES said, and answers from it without asking again', async () => {
    vies.answer('valid-BE0403170701');
    expect(await vatNumberStatus(ctx(), 'be 0403 170 701')).toMatchObject({
      number: 'BE0403170701',
      country: 'BE',
      state: 'VALID',
      registeredName: 'NV ANHEUSER-BUSCH INBEV',
      checkedAt: clock.now(),
    });
    const asked = vies.requests.length;
    vies.answer('ms-unavailable');
    expect(await vatNumberStatus(ctx(), 'BE0403170701')).toMatchObject({ state: 'VALID' });
    expect(vies.requests.length).toBe(asked);
  });

  it('refuses a number VIES does not know', async () => {
    vies.answer('invalid-BE0000000097');
    expect(await vatNumberStatus(ctx(), 'BE0000000097')).toMatchObject({ state: 'INVALID', invalidReason: 'VIES' });
    const refused = await vatNumberForReverseCharge(ctx(), 'BE0000000097');
    expect(refused).toBeInstanceOf(VatNumberInvalidError);
    expect(refused).toMatchObject({
      code: 'VAT_NUMBER_INVALID',
      message: 'The VAT number BE0000000097 cannot be used for reverse charge: the EU VIES register does not know it.',
    });
    expect(await vatNumberForReverseCharge(ctx(), 'BE0403170701')).toMatchObject({ state: 'VALID' });
  });

  it('keeps a number VIES could not answer for NOT_YET_VERIFIED, and the job verifies it once VIES answers', async () => {
    vies.answer('ms-unavailable');
    expect(await vatNumberStatus(ctx(), 'DE136695976')).toMatchObject({ state: 'NOT_YET_VERIFIED', checkedAt: null });
    // Not due yet: the job leaves it alone.
    expect(await recheckVatNumbers(ctx())).toBe(0);
    clock.advance(5 * 60_000);
    vies.answer('ms-max-concurrent');
    expect(await recheckVatNumbers(ctx())).toBe(1);
    expect(await vatNumberStatus(ctx(), 'DE136695976')).toMatchObject({ state: 'NOT_YET_VERIFIED' });
    clock.advance(10 * 60_000);
    vies.answer('valid-DE-undisclosed');
    expect(await recheckVatNumbers(ctx())).toBe(1);
    expect(await vatNumberStatus(ctx(), 'DE136695976')).toMatchObject({ state: 'VALID', checkedAt: clock.now() });
    expect(crontab).toContain('tax:recheck-vat-numbers');
  });
});
