/**
 * The VAPID key pair of a server whose configuration gives none (outside production): made with `web-push` on the
 * first start and kept in `DATA_DIR/vapid-keys.json` beside the embedded database, so a restart keeps every device's
 * subscription valid (a browser's subscription is bound to the public key it was made with).
 * Several processes may start at once on one data folder (test files do): the file is written aside and linked into
 * place, which fails if another got there first, so all of them end with the same pair.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, linkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import webpush from 'web-push';
import type { Config, VapidKeys } from '../../platform/config';

export const vapidKeysFileName = 'vapid-keys.json';

function readKeys(file: string): VapidKeys | null {
  try {
    const { publicKey, privateKey } = JSON.parse(readFileSync(file, 'utf8')) as Partial<VapidKeys>;
    return typeof publicKey === 'string' && typeof privateKey === 'string' ? { publicKey, privateKey } : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${file} is not a VAPID key file this server wrote (${(error as Error).message}): move it away to make a new pair`, {
      cause: error,
    });
  }
}

/** The pair kept in `dataDir`, made and written on first use. */
export function keptVapidKeys(dataDir: string): VapidKeys {
  const file = path.join(dataDir, vapidKeysFileName);
  const kept = readKeys(file);
  if (kept) return kept;
  mkdirSync(dataDir, { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  const aside = `${file}.${randomUUID()}`;
  writeFileSync(aside, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  try {
    linkSync(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(aside);
  }
  return readKeys(file)!;
}

/** The pair push uses: the configured one, else the one kept in the data folder; null when push is off. */
export function vapidKeysOf(config: Config): VapidKeys | null {
  if (!config.push.enabled) return null;
  return config.push.keys ?? keptVapidKeys(config.dataDir);
}
