/** The VIES client against recorded VIES answers (VIES itself is not reachable from tests). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViesReplay } from '../../../test/vies-replay';
import { ViesClient } from './vies-client';

const vies = new ViesReplay();
let client: ViesClient;

beforeAll(async () => {
  await vies.start();
  client = new ViesClient({ url: vies.url, timeoutMs: 500 });
});
afterAll(() => vies.close());

describe('VIES client on recorded answers', () => {
  it('asks VIES for the number without its prefix and reads a valid answer with the trader’s name and address', async () => {
    vies.answer('valid-BE0403170701');
    expect(await client.verify('BE', '0403170701')).toEqual({
      kind: 'ANSWERED',
      valid: true,
      name: 'NV ANHEUSER-BUSCH INBEV',
      address: 'Grote Markt 1\n1000 Brussel',
      requestIdentifier: null,
    });
    expect(vies.requests.at(-1)).toEqual({
      method: 'POST',
      path: '/taxation_customs/vies/rest-api/check-vat-number',
      body: { countryCode: 'BE', vatNumber: '0403170701' },
    });
  });

  it('reads "---" as undisclosed and keeps the consultation number', async () => {
    vies.answer('valid-DE-undisclosed');
    expect(await client.verify('DE', '136695976')).toEqual({
      kind: 'ANSWERED',
      valid: true,
      name: null,
      address: null,
      requestIdentifier: 'WAPIAAAAZ4x1m2kG',
    });
  });

  it('reads a number VIES does not know as invalid', async () => {
    vies.answer('invalid-BE0000000097');
    expect(await client.verify('BE', '0000000097')).toMatchObject({ kind: 'ANSWERED', valid: false });
    vies.answer('invalid-input');
    expect(await client.verify('BE', '0000000097')).toMatchObject({ kind: 'ANSWERED', valid: false });
  });

  it('reads a member state that does not answer, a busy VIES and a broken gateway as "ask again later"', async () => {
    vies.answer('ms-unavailable');
    expect(await client.verify('BE', '0403170701')).toEqual({ kind: 'UNAVAILABLE', reason: 'MS_UNAVAILABLE' });
    vies.answer('ms-max-concurrent');
    expect(await client.verify('BE', '0403170701')).toEqual({ kind: 'UNAVAILABLE', reason: 'MS_MAX_CONCURRENT_REQ' });
    vies.answer('gateway-html');
    expect(await client.verify('BE', '0403170701')).toEqual({ kind: 'UNAVAILABLE', reason: 'HTTP_503' });
  });

  it('gives up on a VIES that does not reply and on one that cannot be reached', async () => {
    vies.hold();
    expect(await client.verify('BE', '0403170701')).toEqual({ kind: 'UNAVAILABLE', reason: 'TIMEOUT' });
    const unreachable = new ViesClient({ url: 'http://127.0.0.1:9/vies', timeoutMs: 500 });
    expect(await unreachable.verify('BE', '0403170701')).toEqual({ kind: 'UNAVAILABLE', reason: 'NETWORK' });
  });
});
