/**
 * What notifications keep about a person: the emails written to them (their text, and how each one's delivery went),
 * in their export, and forgotten on deletion, queued ones included (their delivery job then finds nothing to send).
 */
import type { Context } from '../../platform/context';
import { deleteMailToAddress, mailToAddress } from './mail.queries';

export async function emailsSentTo(ctx: Context, address: string) {
  return (await mailToAddress(ctx.db, address)).map((m) => ({
    subject: m.subject,
    text: m.textBody,
    template: m.template,
    sentAt: m.createdAt,
    status: m.status,
    deliveredAt: m.sentAt,
    lastReply: m.lastReply,
  }));
}

export async function forgetEmailsTo(tx: Context, address: string): Promise<void> {
  await deleteMailToAddress(tx.db, address);
}
