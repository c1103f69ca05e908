/**
 * Gathers what a person owns or took part in, each module telling what it keeps (its `*.privacy.ts`), into the
 * files of their export. Nothing about anyone else beyond what the person saw: the other party's name, never an email.
 */
import type { Context } from '../../platform/context';
import { availabilityDataOf } from '../availability/availability.privacy';
import { paymentsDataOf } from '../billing/billing.privacy';
import { invoicesForExport } from '../invoices/invoice.service';
import { bookingsDataOf } from '../bookings/booking.privacy';
import { expertDataOf } from '../experts/expert.privacy';
import { accountDataOf } from '../identity/identity.privacy';
import { helpRequestsDataOf } from '../instant/help-request.privacy';
import { emailsSentTo, notificationPreferencesOf, pushDevicesDataOf } from '../notifications/notifications.privacy';
import { partnerDataOf } from '../partners/partners.privacy';
import { reportsDataOf } from '../reports/report.privacy';
import { reviewsGivenBy, reviewsReceivedBy } from '../reviews/review.privacy';
import { conversationsDataOf } from '../messages/message.privacy';
import { messagesDataOf, recordingsDataOf, sessionsDataOf } from '../sessions/session.privacy';
import { workspaceFiles, workspacesDataOf } from '../workspace/workspace.privacy';
import { taxProfileDataOf } from '../tax/tax-profile.privacy';

/** What each file of the ZIP holds, written into its README. */
export const exportFiles = {
  'profile.json':
    'Your account (email, name, language, time zone, roles, when it was created), your sign-in sessions (devices, and how each was signed in), the sign-in providers linked to it and your passkeys (names and dates; never the keys).',
  'expert.json':
    'Your expert profile, offerings, applications with their decisions, availability and payout account status (experts only).',
  'bookings.json':
    'Your bookings as a client and as an expert: times, status, offering, price, cancellation, and the time both sides were connected.',
  'messages.json': 'The chat messages of the sessions you took part in.',
  'conversations.json': 'Your conversations with experts or clients: every message of both sides, the other side by name only.',
  'reviews-given.json': 'The reviews you wrote.',
  'reviews-received.json': 'The reviews of your sessions as an expert.',
  'payments.json':
    'Payments, refunds and refund requests of your bookings, the billing details you gave at checkout (with the country evidence kept for the invoice), the ledger entries on your own accounts, and links to your receipts.',
  'invoices.json':
    'Your invoices and credit notes, as the buyer or as the expert of the session: number, date, both parties, amounts and VAT, and the address of each PDF. They are kept when you delete your account, as the law requires.',
  'recordings.json': 'The recordings of your sessions, with the address to fetch each one (signed in).',
  'workspaces.json':
    'The shared workspaces of your sessions (notes, code, whiteboard); each is also in workspaces/<booking>/ as notes.md, notes.html, its code files and board.excalidraw (open it in Excalidraw).',
  'reports-filed.json': 'The reports you filed about reviews or profiles.',
  'help-requests.json': 'Your “help me now” requests.',
  'emails.json': 'The emails Skillcall sent you.',
  'notification-preferences.json': 'The kinds of notification you turned on or off, per channel (the others keep their defaults).',
  'push-devices.json': 'The browsers and phones that receive your push notifications (name, push service, dates).',
  'tax-profile.json':
    'Your tax profile (legal name, address, country, VAT number or exemption mention, consent to invoicing in your name).',
  'developer.json': 'Your API keys (name, beginning, scopes, use; the secrets are never stored) and webhook endpoints.',
} as const;

export type ExportFileName = keyof typeof exportFiles;

export interface CollectedExport {
  documents: Partial<Record<ExportFileName, unknown>>;
  /** Files besides the JSON ones, by path in the archive (the workspaces' notes, code and boards). */
  files: Record<string, string>;
}

export async function collectExport(ctx: Context, userId: string): Promise<CollectedExport> {
  const account = await accountDataOf(ctx, userId);
  if (!account) throw new Error('the account of this export is gone');
  const expert = await expertDataOf(ctx, userId);
  const expertId = expert?.expertId ?? null;
  const bookings = await bookingsDataOf(ctx, userId, expertId);
  const bookingIds = bookings.map((b) => b.id);
  const sessions = await sessionsDataOf(ctx, bookingIds);
  const payments = await paymentsDataOf(ctx, bookings, expertId);
  const { payoutAccount, ...paymentRecords } = payments;
  const workspaces = await workspacesDataOf(ctx, bookingIds);
  const taxProfile = await taxProfileDataOf(ctx, userId);
  const documents = {
    'profile.json': account,
    ...(expert && {
      'expert.json': { ...expert, availability: expertId ? await availabilityDataOf(ctx, expertId) : null, payoutAccount },
    }),
    'bookings.json': bookings.map((b) => ({ ...b, session: sessions.get(b.id) ?? null })),
    'messages.json': await messagesDataOf(ctx, userId, bookingIds),
    'conversations.json': await conversationsDataOf(ctx, userId),
    'reviews-given.json': await reviewsGivenBy(ctx, userId),
    'reviews-received.json': await reviewsReceivedBy(ctx, expertId),
    'payments.json': paymentRecords,
    'invoices.json': await invoicesForExport(ctx, userId),
    'recordings.json': await recordingsDataOf(ctx, userId, bookingIds),
    'reports-filed.json': await reportsDataOf(ctx, userId),
    'help-requests.json': await helpRequestsDataOf(ctx, userId),
    'emails.json': await emailsSentTo(ctx, account.account.email),
    'notification-preferences.json': await notificationPreferencesOf(ctx, userId),
    'push-devices.json': await pushDevicesDataOf(ctx, userId),
    'developer.json': await partnerDataOf(ctx, userId),
    ...(workspaces.length > 0 && { 'workspaces.json': workspaces }),
    ...(taxProfile && { 'tax-profile.json': taxProfile }),
  };
  return { documents, files: workspaceFiles(workspaces) };
}
