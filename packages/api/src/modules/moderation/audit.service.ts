/** The audit log: every admin action is recorded in the same transaction as the action itself. */
import type { Context } from '../../platform/context';
import { pageRequest, toConnection } from '../../platform/graphql/connection';
import { insertAuditEntry, listAuditEntries } from './audit.queries';
import { AuditEntry, type AuditAction, type AuditLogArgs } from './audit.types';

export async function recordAudit(
  ctx: Context,
  entry: { action: AuditAction; targetType: string; targetId: string; reason?: string | null; details?: Record<string, unknown> },
): Promise<void> {
  await insertAuditEntry(ctx.db, {
    actorId: ctx.viewer?.userId ?? null,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
    createdAt: ctx.clock.now(),
  });
}

export async function browseAuditLog(ctx: Context, args: AuditLogArgs) {
  const page = pageRequest(args, 2);
  const rows = await listAuditEntries(ctx.db, { action: args.action ?? undefined, targetId: args.targetId ?? undefined }, page);
  return toConnection(
    rows,
    page,
    (row) => [row.createdAt.toISOString(), row.id],
    (row) => Object.assign(new AuditEntry(), row),
  );
}
