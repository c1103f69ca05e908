import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection } from '../../platform/graphql/connection';
import { isLoopbackHost } from '../../platform/http/host-check';
import type { Locale } from '../identity/identity.policy';
import { listOutgoingMail } from './mail.queries';
import type { DevMailboxArgs, Email } from './mail.types';
import { renderMail, type MailTemplate } from './templates';
import type { EmailAttachment } from './mailer';
import { mailWanted } from './preference.service';

/**
 * Renders a template in the recipient's language and hands it to the configured mailer. Call after commit.
 * First asks `mailWanted`: a kind the recipient turned off is not sent; one they may turn off carries its
 * unsubscribe link.
 * Inside a job, the mail is keyed by the job, the template and the address: a job run again after its process died
 * (see `platform/jobs/lock-recovery.ts`) does not send what the first run sent.
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
  await ctx.adapters.mailer.send({
    to: message.to,
    subject,
    text,
    html,
    template: message.template,
    metadata: message.metadata,
    attachments: message.attachments,
    unsubscribeUrl,
    dedupeKey: ctx.job ? `job:${ctx.job.id}:${message.template}:${message.to.toLowerCase()}` : undefined,
  });
  ctx.logger.info({ template: message.template, requestId: ctx.requestId }, 'email sent');
}

const loopback = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The dev mailbox exists only with the recording mailer, and it holds password reset links: admins may read it,
 * and outside production so may a browser on this very machine (the developer's), never one across the network,
 * and only at a loopback name (localhost, 127.0.0.1, [::1]): another site's page whose DNS name was rebound to
 * 127.0.0.1 comes from this machine too, but under its own name.
 */
export async function listDevMailbox(ctx: Context, args: DevMailboxArgs) {
  const isAdmin = ctx.viewer?.roles.includes('ADMIN') ?? false;
  const local = ctx.config.nodeEnv !== 'production' && loopback.test(ctx.http?.ip ?? '') && isLoopbackHost(ctx.http?.host);
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
