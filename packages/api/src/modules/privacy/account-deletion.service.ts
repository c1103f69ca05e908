/**
 * "Delete my account": after the password and the email typed again, in one transaction: upcoming bookings are
 * cancelled through bookings (refunds, emails and freed slots as usual), an expert's profile leaves the site and
 * search, the person's session messages lose their text and their sessions' recordings go, their message images go
 * (the other side keeps the conversation, under "Deleted user"), their name written in their
 * sessions' shared workspaces becomes "Deleted user" (the other participant keeps the content), their API keys and
 * webhook endpoints are deleted, and the account is anonymised.
 * Payment records, reviews and the other party's messages stay, pointing to the anonymous account.
 * A passkey sign-in of the last 10 minutes stands in for the password (it is as strong a proof, and an account made
 * through a provider may have none).
 */
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { FieldErrorCode, InvalidInputError } from '../../platform/graphql/domain-error';
import { makeUnavailable } from '../availability/availability.privacy';
import { cancelUpcomingBookingsOfViewer, countUpcomingBookingsOfViewer } from '../bookings/booking-changes.service';
import { bookingIdsOfParticipant, forgetCalendarFeed } from '../bookings/booking.privacy';
import { expertIdOfUser, retireExpert } from '../experts/expert.privacy';
import { anonymiseAccount, deletedUserName } from '../identity/identity.privacy';
import { normalizeEmail } from '../identity/identity.policy';
import { checkViewerPassword, requireViewerRow, signOut } from '../identity/identity.service';
import { signedInWithoutPasswordRecently } from '../identity/passkeys/passkey-sign-in.service';
import { forgetHelpRequests } from '../instant/help-request.privacy';
import { eraseMessagingOf } from '../messages/message.privacy';
import { recordAudit } from '../moderation/audit.service';
import { AuditAction } from '../moderation/audit.types';
import { forgetEmailsTo, forgetNotificationPreferences, forgetPushDevices } from '../notifications/notifications.privacy';
import { forgetPartnerAccess } from '../partners/partners.privacy';
import { eraseSessionTraces } from '../sessions/session.privacy';
import { eraseNameFromWorkspaces } from '../workspace/workspace.privacy';
import { forgetTaxProfile } from '../tax/tax-profile.privacy';
import { deleteExportsOf } from './data-export.queries';
import { AccountDeletionTerms, DeleteAccountSuccess, type DeleteAccountInput } from './privacy.types';

export async function accountDeletionTerms(ctx: SignedInContext): Promise<AccountDeletionTerms> {
  const viewer = ctx.viewer;
  const expertId = await expertIdOfUser(ctx, viewer.userId);
  return Object.assign(new AccountDeletionTerms(), {
    upcomingBookings: await countUpcomingBookingsOfViewer(ctx, expertId),
    expert: expertId !== null,
  });
}

export async function deleteAccount(ctx: SignedInContext, input: DeleteAccountInput) {
  const viewer = ctx.viewer;
  const row = await requireViewerRow(ctx);
  if (normalizeEmail(input.confirmation) !== normalizeEmail(row.email)) {
    return InvalidInputError.field('confirmation', FieldErrorCode.INCORRECT, 'Type the email address of your account to confirm.');
  }
  if (!input.password && !(await signedInWithoutPasswordRecently(ctx))) {
    return InvalidInputError.field(
      'password',
      FieldErrorCode.REQUIRED,
      'Enter your password, or sign in again with a passkey or your sign-in provider.',
    );
  }
  const refused = input.password ? await checkViewerPassword(ctx, row, input.password, 'password') : null;
  if (refused) return refused;

  const { cancelledBookings, removeMedia } = await inTransaction(ctx, async (tx) => {
    const expertId = await expertIdOfUser(tx, viewer.userId);
    const cancelled = await cancelUpcomingBookingsOfViewer(tx, expertId);
    await retireExpert(tx, viewer.userId, expertId);
    if (expertId) await makeUnavailable(tx, expertId);
    const bookingIds = await bookingIdsOfParticipant(tx, viewer.userId, expertId);
    const traces = await eraseSessionTraces(tx, viewer.userId, bookingIds);
    await eraseNameFromWorkspaces(tx, bookingIds, row.displayName, deletedUserName);
    await forgetHelpRequests(tx, viewer.userId);
    const messaging = await eraseMessagingOf(tx, viewer.userId);
    await forgetCalendarFeed(tx, viewer.userId);
    await forgetEmailsTo(tx, row.email);
    await forgetNotificationPreferences(tx, viewer.userId);
    await forgetPushDevices(tx, viewer.userId);
    await deleteExportsOf(tx.db, viewer.userId);
    await forgetPartnerAccess(tx, viewer.userId);
    await forgetTaxProfile(tx, viewer.userId);
    await recordAudit(tx, {
      action: AuditAction.ACCOUNT_DELETED,
      targetType: 'user',
      targetId: viewer.userId,
      details: { cancelledBookings: cancelled, expert: expertId !== null },
    });
    await anonymiseAccount(tx, viewer.userId);
    return {
      cancelledBookings: cancelled,
      removeMedia: async () => {
        await traces.removeMedia();
        await messaging.removeImages();
      },
    };
  });
  await removeMedia();
  await signOut(ctx);
  // The account is gone: the rest of this request sees no one signed in.
  (ctx as Context).viewer = null;
  return Object.assign(new DeleteAccountSuccess(), { cancelledBookings });
}
