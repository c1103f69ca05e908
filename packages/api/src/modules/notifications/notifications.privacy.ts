/**
 * What notifications keep about a person: the emails written to them (their text, and how each one's delivery went)
 * and their notification preferences, in their export, and forgotten on deletion, queued mail included (its delivery
 * job then finds nothing to send).
 */
import type { Context } from '../../platform/context';
import { deleteMailToAddress, mailToAddress } from './mail.queries';
import { deletePreferencesOf, preferencesOf } from './preference.queries';

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

/** The choices the person made about notifications (kinds they never changed keep the defaults and are not listed). */
export async function notificationPreferencesOf(ctx: Context, userId: string) {
  return (await preferencesOf(ctx.db, userId)).map((p) => ({ kind: p.kind, email: p.email, updatedAt: p.updatedAt }));
}

export async function forgetNotificationPreferences(tx: Context, userId: string): Promise<void> {
  await deletePreferencesOf(tx.db, userId);
}
