/** An admin's side of the moderation queue: approve, reject, or ask for changes, with a reason the applicant reads. */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection } from '../../platform/graphql/connection';
import { validateInput } from '../../platform/graphql/domain-error';
import { findRecipient, grantRole } from '../identity/identity.service';
import { recordAudit } from '../moderation/audit.service';
import { AuditAction } from '../moderation/audit.types';
import { sendEmail } from '../notifications/notifications.service';
import { applicationSubmissionSchema, contentAsInput, type ApplicationContent } from './application.content';
import { canTransition } from './application.state';
import { invalidTransition } from './application.service';
import { ApplicationSuccess, type DecideApplicationInput } from './application.types';
import { toApplication } from './expert.mappers';
import { findApplicationById, listApplications, updateApplication, type QueueFilter } from './expert.queries';
import type { ApplicationRow } from './expert.table';
import { paidOfferingsRefusal, publishApplication } from './publish';

type Decision = 'APPROVED' | 'REJECTED' | 'CHANGES_REQUESTED';

const reasonSchema = z.object({ reason: z.string().trim().min(5, 'Tell the applicant why, in a sentence.').max(2000) });
const optionalReasonSchema = z.object({ reason: z.string().trim().max(2000).optional() });

const auditActions: Record<Decision, AuditAction> = {
  APPROVED: AuditAction.APPLICATION_APPROVED,
  REJECTED: AuditAction.APPLICATION_REJECTED,
  CHANGES_REQUESTED: AuditAction.APPLICATION_CHANGES_REQUESTED,
};

export async function decideApplication(ctx: SignedInContext, input: DecideApplicationInput, decision: Decision) {
  const validReason = validateInput(decision === 'APPROVED' ? optionalReasonSchema : reasonSchema, { reason: input.reason });
  if (!validReason.ok) return validReason.error;
  const reason = validReason.data.reason || null;

  const outcome = await inTransaction(ctx, async (tx) => {
    const row = await findApplicationById(tx.db, input.applicationId, true);
    if (!row) throw new AppError('NOT_FOUND', 'No such application.');
    if (!canTransition(row.status, decision))
      return invalidTransition(row.status, decision, `A ${row.status} application cannot be ${decision}.`);
    const now = tx.clock.now();
    let content = row.content;
    let profileSlug: string | null = null;
    if (decision === 'APPROVED') {
      const complete = validateInput(applicationSubmissionSchema, contentAsInput(row.content));
      if (!complete.ok) return complete.error;
      const untaxed = await paidOfferingsRefusal(tx, row.userId, complete.data as ApplicationContent);
      if (untaxed) return untaxed;
      const published = await publishApplication(tx, row, complete.data as ApplicationContent);
      content = published.content;
      profileSlug = published.expert.slug;
      await grantRole(tx, row.userId, 'EXPERT');
    }
    const updated = await updateApplication(tx.db, row.id, {
      status: decision,
      content,
      reviewerReason: reason,
      reviewedBy: tx.viewer.userId,
      reviewedAt: now,
      now,
    });
    await recordAudit(tx, {
      action: auditActions[decision],
      targetType: 'application',
      targetId: row.id,
      reason,
      details: { kind: row.kind },
    });
    await notifyApplicant(tx, updated, profileSlug);
    return { updated, profileSlug };
  });
  if (!('updated' in outcome)) return outcome;
  return Object.assign(new ApplicationSuccess(), { application: toApplication(outcome.updated) });
}

/** `profileSlug`: the public profile an approval published (null for other decisions), which the email links to. */
async function notifyApplicant(ctx: Context, row: ApplicationRow, profileSlug: string | null) {
  const recipient = await findRecipient(ctx, row.userId);
  if (!recipient) return;
  const { publicUrl } = ctx.config;
  const params = { name: recipient.displayName, reason: row.reviewerReason ?? '', url: `${publicUrl}/become-an-expert` };
  if (profileSlug) {
    // The note is optional on approval (the mail quotes it when there is one). The link goes to the public profile.
    await sendEmail(ctx, {
      to: recipient.email,
      locale: recipient.locale,
      template: 'applicationApproved',
      params: { ...params, url: `${publicUrl}/experts/${profileSlug}` },
    });
    return;
  }
  const template = row.status === 'REJECTED' ? 'applicationRejected' : 'applicationChangesRequested';
  await sendEmail(ctx, { to: recipient.email, locale: recipient.locale, template, params });
}

export async function moderationQueue(ctx: Context, filter: QueueFilter, args: { first?: number | null; after?: string | null }) {
  const page = pageRequest(args, 2);
  const rows = await listApplications(ctx.db, filter, page);
  return toConnection(rows, page, (row) => [row.submittedAt!.toISOString(), row.id], toApplication);
}
