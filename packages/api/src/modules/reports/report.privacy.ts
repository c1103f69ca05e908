/** What reports keep about a person, for their data export: the reports they filed and what became of them. */
import type { Context } from '../../platform/context';
import { reportsFiledBy } from './report.queries';

export async function reportsDataOf(ctx: Context, userId: string) {
  return (await reportsFiledBy(ctx.db, userId)).map((r) => ({
    kind: r.kind,
    targetId: r.targetId,
    reason: r.reason,
    status: r.status,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
}
