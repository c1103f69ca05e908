/** What notifications keep about a person: the emails sent to them, in their export, and forgotten on deletion. */
import type { Context } from '../../platform/context';
import { deleteMailToAddress, mailToAddress } from './mail.queries';

export async function emailsSentTo(ctx: Context, address: string) {
  return (await mailToAddress(ctx.db, address)).map((m) => ({
    subject: m.subject,
    text: m.textBody,
    template: m.template,
    sentAt: m.createdAt,
  }));
}

export async function forgetEmailsTo(tx: Context, address: string): Promise<void> {
  await deleteMailToAddress(tx.db, address);
}
