import { randomUUID } from 'node:crypto';
import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection } from '../../platform/graphql/connection';
import { isLoopbackHost } from '../../platform/http/host-check';
import { isLoopbackAddress } from '../../platform/loopback-hosts';
import type { Locale } from '../identity/identity.policy';
import { enqueue } from '../../platform/jobs/queue';
import { deliveryJobKey, messageIdFor, maxDeliveryAttempts } from './mail.policy';
import { insertQueuedMail, listOutgoingMail, listUndeliveredMail as undeliveredMailRows } from './mail.queries';
import { deliverMailJob } from './notifications.jobs';
import { MailStatus, UndeliveredEmail, type DevMailboxArgs, type Email } from './mail.types';
import type { ConnectionArgs } from '../../platform/graphql/connection';
import { renderMail, type MailTemplate } from './templates';
import type { EmailAttachment } from './mailer';
import { mailWanted } from './preference.service';

/**
 * Renders a template in the recipient's language and queues it: the message's `outgoing_mail` row (QUEUED) and its
 * delivery job are written in `ctx.db`, the caller's transaction when it runs in one, so a change that rolls back
 * sends nothing and a committed one is delivered even if this process dies right after (`mail.delivery.ts` sends).
 * First asks `mailWanted`: a kind the recipient turned off is not queued; one they may turn off carries its
 * unsubscribe link (footer and List-Unsubscribe header).
 * Inside a job, the mail is keyed by the job, the template and the address: a job run again after its process died
 * (see `platform/jobs/lock-recovery.ts`) does not queue what the first run queued.
 */
export async function sendEmail(
  ctx: Context,
  message: {
    to: string;
    locale: Locale;
    template: MailTemplate;
    params: Record<string, string | number>;
    metadata?: Record<string, string>;
    attachments?: EmailAttachment[];
  },
): Promise<void> {
  const { wanted, unsubscribeUrl } = await mailWanted(ctx, message);
  if (!wanted) {
    ctx.logger.info({ template: message.template, requestId: ctx.requestId }, 'email not sent: the recipient turned this kind off');
    return;
  }
  const { subject, text, html } = await renderMail(message.template, message.locale, message.params, { unsubscribeUrl });
  const id = randomUUID();
  const dedupeKey = ctx.job ? `job:${ctx.job.id}:${message.template}:${message.to.toLowerCase()}` : null;
  const queued = await ctx.db.transaction(async (db) => {
    const inserted = await insertQueuedMail(db, {
      id,
      toAddress: message.to,
      subject,
      textBody: text,
      htmlBody: html,
      template: message.template,
      metadata: message.metadata ?? {},
      attachments: message.attachments ?? [],
      unsubscribeUrl: unsubscribeUrl ?? null,
      messageId: messageIdFor(id, ctx.config.mail.messageIdDomain),
      createdAt: ctx.clock.now(),
      dedupeKey,
    });
    if (inserted) await enqueue(db, deliverMailJob, { mailId: id }, { jobKey: deliveryJobKey(id), maxAttempts: maxDeliveryAttempts });
    return inserted;
  });
  if (queued) ctx.logger.info({ template: message.template, mailId: id, requestId: ctx.requestId }, 'email queued');
}

/**
 * The dev mailbox exists only with the recording mailer, and it holds password reset links: admins may read it,
 * and outside production so may a browser on this very machine (the developer's), never one across the network,
 * and only at a loopback name (localhost, 127.0.0.1, [::1]): another site's page whose DNS name was rebound to
 * 127.0.0.1 comes from this machine too, but under its own name.
 */
export async function listDevMailbox(ctx: Context, args: DevMailboxArgs) {
  const isAdmin = ctx.viewer?.roles.includes('ADMIN') ?? false;
  const local = ctx.config.nodeEnv !== 'production' && isLoopbackAddress(ctx.http?.ip) && isLoopbackHost(ctx.http?.host);
  const open = ctx.adapters.mailer.kind === 'recording' && (isAdmin || local);
  if (!open) throw new AppError('NOT_FOUND', 'The dev mailbox is not available on this server.');
  const page = pageRequest(args, 1);
  const rows = await listOutgoingMail(ctx.db, page, args.to?.trim().toLowerCase() || undefined);
  return toConnection(
    rows,
    page,
    (row) => [String(row.seq)],
    (row): Email => ({
      id: row.id,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      template: row.template,
      attachments: row.attachments.map((a) => ({ ...a, encoding: a.encoding ?? 'utf8' })),
      sentAt: row.createdAt,
    }),
  );
}

export const mailDeliveryInfo = (ctx: Context) => ({ devMailbox: ctx.adapters.mailer.kind === 'recording' });

/** A message still queued this long after it was written is shown to admins beside the failed ones. */
const longQueuedMs = 60 * 60 * 1000;

/** For admins: failed messages, and those queued for over an hour (their server keeps answering "later"). */
export async function listUndeliveredMail(ctx: Context, args: ConnectionArgs) {
  const page = pageRequest(args, 1);
  const rows = await undeliveredMailRows(ctx.db, page, new Date(ctx.clock.now().getTime() - longQueuedMs));
  return toConnection(
    rows,
    page,
    (row) => [String(row.seq)],
    (row) =>
      Object.assign(new UndeliveredEmail(), {
        id: row.id,
        to: row.toAddress,
        template: row.template,
        subject: row.subject,
        status: MailStatus[row.status],
        attempts: row.attempts,
        lastReply: row.lastReply,
        queuedAt: row.createdAt,
        lastAttemptAt: row.lastAttemptAt,
        failedAt: row.failedAt,
      }),
  );
}
