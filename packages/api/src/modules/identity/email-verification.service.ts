/**
 * Confirmed email addresses: the link sent at sign-up (and again on request), following it, the gate on what needs a
 * confirmed address, and moving an account to another address (confirmed before it replaces the old one, which is
 * told). Links are single use, work for 24 hours and are stored hashed, like password reset links.
 */
import { DateTime } from 'luxon';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { sendEmail } from '../notifications/notifications.service';
import type { MailTemplate } from '../notifications/templates';
import {
  deletePendingEmailChanges,
  findEmailVerificationToken,
  findPendingEmailChange,
  findUserByEmail,
  findUsersByIds,
  markEmailVerificationTokenUsed,
  updateUser,
} from './identity.queries';
import { normalizeEmail, requestEmailChangeSchema, verifyEmailSchema } from './identity.policy';
import type { UserRow } from './identity.table';
import {
  EmailAlreadyVerifiedError,
  EmailNotVerifiedError,
  RequestEmailChangeSuccess,
  ResendVerificationSuccess,
  VerificationLinkExpiredError,
  VerificationLinkInvalidError,
  VerifyEmailSuccess,
  type RequestEmailChangeInput,
  type VerifyEmailInput,
} from './identity.types';
import { checkViewerPassword, requireViewerRow } from './identity.service';
import { knockOnMailDoor } from './mail-doors';
import { hashToken } from './tokens';
import { issueVerificationLink, mailVerificationLink } from './verification-links';

/**
 * The one gate of what needs a confirmed address (booking, asking for help now, paying, applying as an expert,
 * creating API keys): null when the viewer's address is confirmed, otherwise the refusal to return.
 */
export async function unverifiedRefusal(ctx: Context): Promise<EmailNotVerifiedError | null> {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  const row = await ctx.loaders.userById.load(ctx.viewer.userId);
  if (row?.emailVerifiedAt) return null;
  return new EmailNotVerifiedError('Confirm your email address first: open the link we emailed you, or ask for a new one.');
}

export async function resendVerification(ctx: SignedInContext) {
  const row = await requireViewerRow(ctx);
  if (row.emailVerifiedAt) return new EmailAlreadyVerifiedError('Your email address is already confirmed.');
  const refused = await knockOnMailDoor(ctx, 'verification', row.email);
  if (refused) return refused;
  await inTransaction(ctx, async (tx) => {
    await mailVerificationLink(tx, row, row.email, 'confirmEmail', await issueVerificationLink(tx, row.id, row.email));
  });
  return Object.assign(new ResendVerificationSuccess(), { sentTo: row.email });
}

type Verified = { kind: 'verified'; user: UserRow; previousEmail: string | null };

export async function verifyEmail(ctx: Context, input: VerifyEmailInput) {
  const valid = validateInput(verifyEmailSchema, input);
  if (!valid.ok) return valid.error;
  const invalid = () => new VerificationLinkInvalidError('This confirmation link is unknown or was already used.');
  let outcome: Verified | VerificationLinkExpiredError | VerificationLinkInvalidError;
  try {
    outcome = await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      const token = await findEmailVerificationToken(tx.db, hashToken(valid.data.token));
      if (!token || token.usedAt) return invalid();
      if (token.expiresAt <= now) return new VerificationLinkExpiredError('This confirmation link expired: ask for a new one.');
      const [user] = await findUsersByIds(tx.db, [token.userId]);
      if (!user || user.deletedAt) return invalid();
      await markEmailVerificationTokenUsed(tx.db, token.id, now);
      const changes = normalizeEmail(token.email) !== normalizeEmail(user.email);
      if (!changes && user.emailVerifiedAt) return { kind: 'verified', user, previousEmail: null } as Verified;
      const updated = await updateUser(tx.db, user.id, { email: token.email, emailVerifiedAt: user.emailVerifiedAt ?? now }, now);
      // Whichever address won, the other pending links are void.
      await deletePendingEmailChanges(tx.db, user.id, token.email);
      if (changes) await tellAddressChanged(tx, updated, user.email, 'emailChanged', updated.email);
      return { kind: 'verified', user: updated, previousEmail: changes ? user.email : null } as Verified;
    });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.uniqueViolation, 'users_email_lower_key')) {
      return new VerificationLinkInvalidError('Another account uses this address now.');
    }
    throw error;
  }
  if (!('kind' in outcome)) return outcome;
  ctx.loaders.userById.clear(outcome.user.id);
  return Object.assign(new VerifyEmailSuccess(), { email: outcome.user.email, changed: outcome.previousEmail !== null });
}

export async function requestEmailChange(ctx: SignedInContext, input: RequestEmailChangeInput) {
  const valid = validateInput(requestEmailChangeSchema, input);
  if (!valid.ok) return valid.error;
  const row = await requireViewerRow(ctx);
  const newEmail = valid.data.newEmail;
  if (normalizeEmail(newEmail) === normalizeEmail(row.email)) {
    return InvalidInputError.field('newEmail', FieldErrorCode.UNCHANGED, 'This is already your address.');
  }
  const refused = await checkViewerPassword(ctx, row, valid.data.currentPassword, 'currentPassword');
  if (refused) return refused;
  const limited = await knockOnMailDoor(ctx, 'verification', newEmail);
  if (limited) return limited;
  if (await findUserByEmail(ctx.db, normalizeEmail(newEmail))) {
    return InvalidInputError.field('newEmail', FieldErrorCode.ALREADY_TAKEN, 'An account already uses this email address.');
  }
  await inTransaction(ctx, async (tx) => {
    await deletePendingEmailChanges(tx.db, row.id, row.email);
    await mailVerificationLink(tx, row, newEmail, 'emailChangeConfirm', await issueVerificationLink(tx, row.id, newEmail));
    await tellAddressChanged(tx, row, row.email, 'emailChangeRequested', newEmail);
  });
  return Object.assign(new RequestEmailChangeSuccess(), { pendingEmail: newEmail });
}

/** The address waiting for confirmation in an email change, for the account's owner. */
export async function pendingEmailOf(ctx: Context, user: { id: string; email: string }): Promise<string | null> {
  return (await findPendingEmailChange(ctx.db, user.id, user.email, ctx.clock.now())) ?? null;
}

/** Tells the current address that a change was asked for, or the previous one that it happened: no change goes unnoticed. */
async function tellAddressChanged(
  ctx: Context,
  user: Pick<UserRow, 'displayName' | 'locale' | 'timeZone'>,
  to: string,
  template: Extract<MailTemplate, 'emailChangeRequested' | 'emailChanged'>,
  newEmail: string,
): Promise<void> {
  const when = DateTime.fromJSDate(ctx.clock.now(), { zone: user.timeZone }).setLocale(user.locale).toLocaleString(DateTime.DATETIME_FULL);
  await sendEmail(ctx, {
    to,
    locale: user.locale,
    template,
    params: { name: user.displayName, when, newEmail, url: `${ctx.config.publicUrl}/forgot-password` },
  });
}
