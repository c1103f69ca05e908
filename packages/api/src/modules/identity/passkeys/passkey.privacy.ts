/** What passkeys keep about a person: listed in their data export (never the keys), and erased with the account. */
import type { Context } from '../../../platform/context';
import { deletePasskeysOf, listPasskeysOf } from './passkey.queries';

/** The account's passkeys as the export shows them: names, kind and dates. */
export async function passkeysDataOf(ctx: Context, userId: string) {
  return (await listPasskeysOf(ctx.db, userId)).map((p) => ({
    name: p.name,
    createdAt: p.createdAt,
    lastUsedAt: p.lastUsedAt,
    synced: p.backedUp,
    transports: p.transports,
  }));
}

/** Erasure, inside the caller's transaction: every passkey of the account stops signing in, and its pending challenges go. */
export async function forgetPasskeys(tx: Context, userId: string): Promise<void> {
  await deletePasskeysOf(tx.db, userId);
}
