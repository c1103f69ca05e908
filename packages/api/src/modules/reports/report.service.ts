/**
 * Reports: any signed-in person reports a review or an expert profile with a reason (once while it is open), and
 * either participant of a booking reports a problem with the session (the other person); any of them may attach the
 * booking's workspace. Admins see the open reports and hide the content (a review is hidden, an expert suspended) or
 * keep it, with a note; a session's report is only closed (kept): suspending an expert is the experts page's. The
 * decision closes every open report of that content and is audit-logged in the same transaction.
 */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { pageRequest, toConnection, type ConnectionArgs } from '../../platform/graphql/connection';
import { bookingWithExpert } from '../bookings/booking-sessions.service';
import { applyExpertStatus, expertById } from '../experts/expert.service';
import { findUser } from '../identity/identity.service';
import { recordAudit } from '../moderation/audit.service';
import { AuditAction } from '../moderation/audit.types';
import { hideReview, reportableReview } from '../reviews/review.service';
import type { Review } from '../reviews/review.types';
import { accessToWorkspace, workspaceSnapshot, workspaceStates } from '../workspace/workspace.service';
import type { WorkspaceSnapshot } from '../workspace/workspace.types';
import {
  decideOpenReports,
  findMessageContext,
  findReport,
  findWorkspaceSnapshot,
  insertMessageContext,
  insertReport,
  insertWorkspaceSnapshot,
  listReports,
} from './report.queries';
import type { ReportedMessageLine, ReportRow } from './report.table';
import {
  ContentReport,
  ReportKind,
  ReportNotPossibleError,
  ReportOwnContentError,
  ReportStatus,
  ReportSuccess,
  type DecideReportInput,
  type ReportContentInput,
} from './report.types';

const reportSchema = z.object({ reason: z.string().trim().min(5).max(1000) });
const decisionSchema = z.object({ note: z.string().trim().min(5).max(2000) });

async function toContentReport(ctx: Context, row: ReportRow): Promise<ContentReport> {
  const reporter = row.reporterId ? await findUser(ctx, row.reporterId) : null;
  return Object.assign(new ContentReport(), {
    id: row.id,
    kind: ReportKind[row.kind],
    targetId: row.targetId,
    reason: row.reason,
    reporterName: reporter?.displayName ?? 'Former user',
    status: ReportStatus[row.status],
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
  });
}

const notPossible = () => new ReportNotPossibleError('This cannot be reported.');
const ownContent = () => new ReportOwnContentError('You cannot report your own review or profile, nor a review of your profile.');

/** The one rule for whose content is off limits: a review's author and the expert it is about; a profile's expert. */
function ownsTarget(viewerId: string, target: { authorId?: string | null; expertUserId: string }): boolean {
  return target.authorId === viewerId || target.expertUserId === viewerId;
}

/** Whether the signed-in viewer may report this review (false for visitors): it is not theirs nor about them. */
export async function viewerMayReportReview(ctx: Context, review: Pick<Review, 'authorId' | 'expertId'>): Promise<boolean> {
  if (!ctx.viewer) return false;
  const expert = await expertById(ctx, review.expertId);
  return !!expert && !ownsTarget(ctx.viewer.userId, { authorId: review.authorId, expertUserId: expert.userId });
}

/** Whether the viewer may report this content: it exists and is visible ('OK'), is theirs ('OWN'), or neither. */
async function reportable(ctx: SignedInContext, kind: ReportKind, targetId: string): Promise<'OK' | 'OWN' | 'NOT_FOUND'> {
  const viewerId = ctx.viewer.userId;
  if (kind === ReportKind.REVIEW) {
    const found = await reportableReview(ctx, targetId);
    if (!found) return 'NOT_FOUND';
    return ownsTarget(viewerId, { authorId: found.review.authorId, expertUserId: found.expertUserId }) ? 'OWN' : 'OK';
  }
  if (kind === ReportKind.MESSAGE) return 'NOT_FOUND'; // through `reportMessage`, which checks the reporter took part
  if (kind === ReportKind.SESSION) {
    const found = await bookingWithExpert(ctx, targetId);
    return found && (found.booking.userId === viewerId || found.expert.userId === viewerId) ? 'OK' : 'NOT_FOUND';
  }
  const expert = await expertById(ctx, targetId);
  if (!expert) return 'NOT_FOUND';
  return ownsTarget(viewerId, { expertUserId: expert.userId }) ? 'OWN' : 'OK';
}

export async function reportContent(ctx: SignedInContext, input: ReportContentInput) {
  const valid = validateInput(reportSchema, { reason: input.reason });
  if (!valid.ok) return valid.error;
  if (!z.uuid().safeParse(input.targetId).success) return notPossible();
  const verdict = await reportable(ctx, input.kind, input.targetId);
  if (verdict === 'OWN') return ownContent();
  if (verdict === 'NOT_FOUND') return notPossible();
  const bookingId = input.workspaceBookingId ?? null;
  if (bookingId && !(z.uuid().safeParse(bookingId).success && 'granted' in (await accessToWorkspace(ctx, bookingId)))) {
    return InvalidInputError.field(
      'workspaceBookingId',
      FieldErrorCode.EXPIRED_OR_UNKNOWN,
      'Attach the workspace of one of your own sessions.',
    );
  }
  return inTransaction(ctx, async (tx) => {
    const createdAt = tx.clock.now();
    const row = await insertReport(tx.db, {
      kind: input.kind,
      targetId: input.targetId,
      reporterId: tx.viewer.userId,
      reason: valid.data.reason,
      createdAt,
    });
    if (!row) return notPossible();
    if (bookingId) {
      const { states } = await workspaceStates(tx, bookingId);
      const copy = (kind: keyof typeof states) => Buffer.from(states[kind]);
      await insertWorkspaceSnapshot(tx.db, {
        reportId: row.id,
        bookingId,
        notes: copy('notes'),
        code: copy('code'),
        board: copy('board'),
        takenAt: createdAt,
      });
    }
    return Object.assign(new ReportSuccess(), { report: await toContentReport(tx, row) });
  });
}

/**
 * A message reported by the other side of its conversation (the messages module checked that), with the lines around
 * it copied for the moderators. Reporting the same message again while the report is open adds nothing.
 */
export async function reportMessageToModerators(
  ctx: SignedInContext,
  report: { messageId: string; reason: string; lines: ReportedMessageLine[] },
): Promise<string | null> {
  return inTransaction(ctx, async (tx) => {
    const row = await insertReport(tx.db, {
      kind: 'MESSAGE',
      targetId: report.messageId,
      reporterId: tx.viewer.userId,
      reason: report.reason,
      createdAt: tx.clock.now(),
    });
    if (!row) return null;
    await insertMessageContext(tx.db, row.id, report.lines);
    return row.id;
  });
}

/** The reported conversation's lines, for admins (null for anyone else, and for other kinds). */
export async function reportMessageContext(ctx: Context, reportId: string): Promise<ReportedMessageLine[] | null> {
  if (!ctx.viewer?.roles.includes('ADMIN')) return null;
  return findMessageContext(ctx.db, reportId);
}

/** The workspace attached to a report, for admins (null for anyone else, and when none was attached). */
export async function reportWorkspaceSnapshot(ctx: Context, reportId: string): Promise<WorkspaceSnapshot | null> {
  if (!ctx.viewer?.roles.includes('ADMIN')) return null;
  const row = await findWorkspaceSnapshot(ctx.db, reportId);
  return row ? workspaceSnapshot(row.bookingId, row.takenAt, { notes: row.notes, code: row.code, board: row.board }) : null;
}

export async function reportQueue(ctx: Context, status: ReportStatus, args: ConnectionArgs) {
  const page = pageRequest(args, 2);
  const rows = await listReports(ctx.db, status, page);
  const nodes = new Map((await Promise.all(rows.map((row) => toContentReport(ctx, row)))).map((node) => [node.id, node]));
  return toConnection(
    rows,
    page,
    (row) => [row.createdAt.toISOString(), row.id],
    (row) => nodes.get(row.id)!,
  );
}

export async function decideReport(ctx: SignedInContext, input: DecideReportInput) {
  const valid = validateInput(decisionSchema, { note: input.note });
  if (!valid.ok) return valid.error;
  if (!z.uuid().safeParse(input.reportId).success) throw new AppError('NOT_FOUND', 'No such report.');
  return inTransaction(ctx, async (tx) => {
    const report = await findReport(tx.db, input.reportId, true);
    if (!report) throw new AppError('NOT_FOUND', 'No such report.');
    if (input.hide && (report.kind === 'SESSION' || report.kind === 'MESSAGE')) {
      return InvalidInputError.field(
        'hide',
        FieldErrorCode.UNSUPPORTED,
        'A session’s report is closed, not hidden: suspend the expert from the experts page if needed.',
      );
    }
    if (report.status === 'OPEN') {
      const note = valid.data.note;
      if (input.hide && report.kind === 'REVIEW') {
        await hideReview(tx, report.targetId);
        await recordAudit(tx, { action: AuditAction.REVIEW_HIDDEN, targetType: 'review', targetId: report.targetId, reason: note });
      } else if (input.hide) await applyExpertStatus(tx, report.targetId, 'SUSPENDED', note);
      else
        await recordAudit(tx, {
          action: AuditAction.REPORT_DISMISSED,
          targetType: report.kind.toLowerCase(),
          targetId: report.targetId,
          reason: note,
        });
      await decideOpenReports(tx.db, report, {
        status: input.hide ? 'HIDDEN' : 'KEPT',
        decidedBy: tx.viewer.userId,
        decidedAt: tx.clock.now(),
        decisionNote: note,
      });
    }
    return Object.assign(new ReportSuccess(), { report: await toContentReport(tx, (await findReport(tx.db, report.id))!) });
  });
}
