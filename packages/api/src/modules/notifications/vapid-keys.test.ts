import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { keptVapidKeys, vapidKeysOf } from './vapid-keys';

const folders: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-vapid-'));
  folders.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('VAPID keys of a server configured without them', () => {
  it('are made on the first start and kept in the data folder, so the next start has the same pair', async () => {
    const dataDir = path.join(await tempDir(), 'data');
    const first = vapidKeysOf(loadConfig({ DATA_DIR: dataDir }))!;
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    const file = path.join(dataDir, 'vapid-keys.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(vapidKeysOf(loadConfig({ DATA_DIR: dataDir }))).toEqual(first);
  });

  it('are the configured ones when set, and none with PUSH=off', async () => {
    const dataDir = await tempDir();
    const configured = keptVapidKeys(await tempDir());
    const config = loadConfig({ DATA_DIR: dataDir, VAPID_PUBLIC_KEY: configured.publicKey, VAPID_PRIVATE_KEY: configured.privateKey });
    expect(vapidKeysOf(config)).toEqual(configured);
    expect(vapidKeysOf(loadConfig({ DATA_DIR: dataDir, PUSH: 'off' }))).toBeNull();
    await expect(stat(path.join(dataDir, 'vapid-keys.json'))).rejects.toThrow(/ENOENT/);
  });
});
