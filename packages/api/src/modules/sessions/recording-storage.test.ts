/** One contract for every recording storage: local disk always, and an S3-compatible bucket through the real SDK. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3, type FakeS3 } from '../../../test/fake-s3';
import { LocalRecordingStorage, type RecordingStorage } from './recording-storage';
import { S3RecordingStorage } from './s3-recording-storage';

let s3: FakeS3;
beforeAll(async () => {
  s3 = await startFakeS3('skillcall', 2); // two objects per listing page: paging is exercised
});
afterAll(() => s3.close());

const engines: [string, () => RecordingStorage][] = [
  ['local disk', () => new LocalRecordingStorage(mkdtempSync(path.join(tmpdir(), 'skillcall-recordings-')))],
  [
    'S3-compatible bucket',
    () =>
      new S3RecordingStorage({
        bucket: 'skillcall',
        region: 'us-east-1',
        prefix: 'recordings/',
        endpoint: s3.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: 'test', secretAccessKey: 'test-secret' },
      }),
  ],
];

describe.each(engines)('recording storage on %s', (_name, create) => {
  it('joins the chunks in order, serves byte ranges across chunks, and removes everything', async () => {
    const storage = create();
    const id = crypto.randomUUID();
    const chunks = ['alpha-', 'bravo-', 'charlie-', 'delta'];
    // Uploaded in order; chunk 1 is sent twice (a retry) and must not be doubled.
    for (const [index, chunk] of chunks.entries()) await storage.append(id, index, Buffer.from(chunk));
    await storage.append(id, 1, Buffer.from('bravo-'));
    await storage.append(id, 4, Buffer.from('stray')); // uploaded but never counted
    await storage.seal(id, 4);

    expect(await text(await storage.read(id))).toBe('alpha-bravo-charlie-delta');
    expect(await text(await storage.read(id, { start: 3, end: 14 }))).toBe('ha-bravo-cha');
    expect(await text(await storage.read(id, { start: 20, end: 24 }))).toBe('delta');

    await storage.remove(id);
    await expect(storage.read(id)).rejects.toThrow();
  });

  it('keeps recordings apart', async () => {
    const storage = create();
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    await storage.append(a, 0, Buffer.from('first'));
    await storage.append(b, 0, Buffer.from('second'));
    await storage.seal(a, 1);
    await storage.seal(b, 1);
    await storage.remove(a);
    expect(await text(await storage.read(b))).toBe('second');
  });
});

it('the S3 adapter writes one object per chunk under the prefix and deletes them all', async () => {
  const storage = engines[1]![1]();
  const id = crypto.randomUUID();
  await storage.append(id, 0, Buffer.from('x'));
  await storage.append(id, 1, Buffer.from('y'));
  await storage.seal(id, 2);
  expect([...s3.objects.keys()].filter((k) => k.includes(id))).toEqual([`recordings/${id}/000000`, `recordings/${id}/000001`]);
  await storage.remove(id);
  expect([...s3.objects.keys()].filter((k) => k.includes(id))).toEqual([]);
});
