import { and, desc, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { outgoingMail } from './mail.table';

/** Newest first, keyset-paged on the write order; `toAddress` is matched case-insensitively (lower-cased by the caller). */
export function listOutgoingMail(db: DbExecutor, page: PageRequest, toAddress?: string) {
  return db
    .select()
    .from(outgoingMail)
    .where(
      and(
        keysetAfter([outgoingMail.seq], page.after, 'desc'),
        toAddress ? sql`lower(${outgoingMail.toAddress}) = ${toAddress}` : undefined,
      ),
    )
    .orderBy(desc(outgoingMail.seq))
    .limit(page.limit);
}

/** Every email sent to an address, oldest first (the address is matched case-insensitively). */
export function mailToAddress(db: DbExecutor, address: string) {
  return db
    .select()
    .from(outgoingMail)
    .where(sql`lower(${outgoingMail.toAddress}) = ${address.toLowerCase()}`)
    .orderBy(outgoingMail.seq);
}

export async function deleteMailToAddress(db: DbExecutor, address: string): Promise<void> {
  await db.delete(outgoingMail).where(sql`lower(${outgoingMail.toAddress}) = ${address.toLowerCase()}`);
}
