import { and, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { auditLog, type AuditRow } from './audit.table';

export async function insertAuditEntry(db: DbExecutor, values: Omit<AuditRow, 'id'>): Promise<void> {
  await db.insert(auditLog).values(values);
}

export function listAuditEntries(db: DbExecutor, filter: { action?: string; targetId?: string; actorId?: string }, page: PageRequest) {
  return db
    .select()
    .from(auditLog)
    .where(
      and(
        filter.action ? eq(auditLog.action, filter.action) : undefined,
        filter.targetId ? eq(auditLog.targetId, filter.targetId) : undefined,
        filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
        keysetAfter([auditLog.createdAt, auditLog.id], page.after, 'desc'),
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(page.limit);
}
