import { and, desc, eq, or, sql } from 'drizzle-orm';
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

/** Messages that failed, and those still queued since before `queuedBefore`, newest first. */
export function listUndeliveredMail(db: DbExecutor, page: PageRequest, queuedBefore: Date) {
  return db
    .select()
    .from(outgoingMail)
    .where(
      and(
        sql`${outgoingMail.status} <> 'SENT'`,
        or(eq(outgoingMail.status, 'FAILED'), sql`${outgoingMail.createdAt} < ${queuedBefore.toISOString()}`),
        keysetAfter([outgoingMail.seq], page.after, 'desc'),
      ),
    )
    .orderBy(desc(outgoingMail.seq))
    .limit(page.limit);
}

/** Stores a queued message; returns false when a message with its dedupe key exists already (nothing written). */
export async function insertQueuedMail(db: DbExecutor, values: typeof outgoingMail.$inferInsert): Promise<boolean> {
  const inserted = await db
    .insert(outgoingMail)
    .values({ ...values, status: 'QUEUED' })
    .onConflictDoNothing({ target: outgoingMail.dedupeKey })
    .returning({ id: outgoingMail.id });
  return inserted.length > 0;
}

/** Counts an attempt at a still-queued message and returns it; null when it was sent, failed or erased meanwhile. */
export async function startDeliveryAttempt(db: DbExecutor, id: string, now: Date) {
  const [row] = await db
    .update(outgoingMail)
    .set({ attempts: sql`${outgoingMail.attempts} + 1`, lastAttemptAt: now })
    .where(and(eq(outgoingMail.id, id), eq(outgoingMail.status, 'QUEUED')))
    .returning();
  return row ?? null;
}

export async function markMailSent(db: DbExecutor, id: string, now: Date, reply: string): Promise<void> {
  await db.update(outgoingMail).set({ status: 'SENT', sentAt: now, lastReply: reply }).where(eq(outgoingMail.id, id));
}

export async function markMailFailed(db: DbExecutor, id: string, now: Date, reply: string): Promise<void> {
  await db.update(outgoingMail).set({ status: 'FAILED', failedAt: now, lastReply: reply }).where(eq(outgoingMail.id, id));
}

/** The reply of an attempt that will be retried (the message stays QUEUED). */
export async function recordMailReply(db: DbExecutor, id: string, reply: string): Promise<void> {
  await db.update(outgoingMail).set({ lastReply: reply }).where(eq(outgoingMail.id, id));
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
