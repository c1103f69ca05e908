/**
 * The `notifications:deliver` job: hands one queued message to the transport and records the outcome. A failure
 * worth retrying (4xx, refused connection, timeout) throws, so graphile-worker tries again with its back-off, up to
 * `maxDeliveryAttempts` (about 28 hours); a permanent one (5xx), or the last attempt, marks the message FAILED with
 * the server's reply. A message no longer QUEUED (sent, failed, or erased with its recipient's account) is left
 * alone, so a job run again sends nothing twice; only a crash between the server's acceptance and the SENT mark
 * can repeat a message, and it then carries the same Message-ID, which receiving servers use to drop the copy.
 */
import type { Context } from '../../platform/context';
import type { JobRun } from '../../platform/jobs/job-definition';
import { classifyMailFailure, mailHeaders, maxDeliveryAttempts } from './mail.policy';
import { markMailFailed, markMailSent, recordMailReply, startDeliveryAttempt } from './mail.queries';

/** A failed attempt that graphile-worker will repeat. */
export class MailDeliveryDeferredError extends Error {
  constructor(reply: string) {
    super(`The mail server did not take the message, trying again later: ${reply}`);
    this.name = 'MailDeliveryDeferredError';
  }
}

export async function deliverMail(ctx: Context, mailId: string, run: JobRun): Promise<void> {
  const row = await startDeliveryAttempt(ctx.db, mailId, ctx.clock.now());
  if (!row) return;
  const { from, replyTo } = ctx.config.mail;
  const log = ctx.logger.child({ mailId, template: row.template, attempt: row.attempts });
  try {
    const { reply } = await ctx.adapters.mailer.send({
      messageId: row.messageId,
      date: row.createdAt,
      from,
      replyTo,
      to: row.toAddress,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody ?? undefined,
      attachments: row.attachments,
      headers: mailHeaders(row.unsubscribeUrl),
    });
    await markMailSent(ctx.db, mailId, ctx.clock.now(), reply);
    log.debug('email sent');
  } catch (error) {
    const { permanent, reply } = classifyMailFailure(error);
    if (permanent || run.attempts >= maxDeliveryAttempts) {
      await markMailFailed(ctx.db, mailId, ctx.clock.now(), reply);
      log.warn({ reply }, permanent ? 'the mail server refused an email for good' : 'gave up on an email after every attempt');
      return;
    }
    await recordMailReply(ctx.db, mailId, reply);
    log.info({ reply }, 'email not delivered yet; trying again later');
    throw new MailDeliveryDeferredError(reply);
  }
}
