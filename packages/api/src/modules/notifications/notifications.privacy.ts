/**
 * What notifications keep about a person: the emails written to them (their text, and how each one's delivery went)
 * their notification preferences and the devices that receive their push notifications, in their export, and forgotten
 * on deletion, queued mail included (its delivery job then finds nothing to send; a queued push finds no device).
 */
import type { Context } from '../../platform/context';
import { deleteMailToAddress, mailToAddress } from './mail.queries';
import { deletePreferencesOf, preferencesOf } from './preference.queries';
import { deletePushDevicesOf, pushDevicesOf } from './push.queries';

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
  return (await preferencesOf(ctx.db, userId)).map((p) => ({ kind: p.kind, email: p.email, push: p.push, updatedAt: p.updatedAt }));
}

export async function forgetNotificationPreferences(tx: Context, userId: string): Promise<void> {
  await deletePreferencesOf(tx.db, userId);
}

/**
 * The devices registered for push: name, push service and dates. Not the endpoint's address nor its keys: they are the
 * means to push to the device, not facts about the person.
 */
export async function pushDevicesDataOf(ctx: Context, userId: string) {
  return (await pushDevicesOf(ctx.db, userId)).map((d) => ({
    label: d.label,
    pushService: new URL(d.endpoint).host,
    registeredAt: d.createdAt,
    lastUsedAt: d.lastUsedAt,
  }));
}

export async function forgetPushDevices(tx: Context, userId: string): Promise<void> {
  await deletePushDevicesOf(tx.db, userId);
}
