/** Accounts: sign up, sign in and out, passwords, and the account's own settings. */
import { DateTime } from 'luxon';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { sendEmail } from '../notifications/notifications.service';
import {
  consumePasswordResetToken,
  deleteOtherSessions,
  deleteSession,
  findUserByEmail,
  findUsersByIds,
  insertUser,
  updateUser,
} from './identity.queries';
import {
  changePasswordSchema,
  normalizeEmail,
  requestPasswordResetSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  updateAccountSchema,
} from './identity.policy';
import type { UserRow } from './identity.table';
import {
  ChangePasswordSuccess,
  InvalidCredentialsError,
  type RateLimitedError,
  RequestPasswordResetSuccess,
  ResetPasswordSuccess,
  SignInSuccess,
  SignUpSuccess,
  UpdateAccountSuccess,
  User,
  type ChangePasswordInput,
  type RequestPasswordResetInput,
  type ResetPasswordInput,
  type SignInInput,
  type SignUpInput,
  type UpdateAccountInput,
} from './identity.types';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { sessionCookieName, startSession } from './session';
import { hashToken } from './tokens';
import { enqueue } from '../../platform/jobs/queue';
import { passwordResetMailJob } from './identity.jobs';
import { knockOnMailDoor, rateLimited } from './mail-doors';
import { issueVerificationLink, mailVerificationLink } from './verification-links';
import { PasswordSignUpDisabledError } from './oidc/oidc.types';

export function toUser(row: UserRow): User {
  return Object.assign(new User(), {
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    roles: row.roles,
    locale: row.locale,
    timeZone: row.timeZone,
    createdAt: row.createdAt,
    deleted: row.deletedAt !== null,
    emailVerified: row.emailVerifiedAt !== null,
  });
}

const emailTaken = () => InvalidInputError.field('email', FieldErrorCode.ALREADY_TAKEN, 'An account already uses this email address.');

export async function signUp(ctx: Context, input: SignUpInput) {
  if (!ctx.config.signIn.passwordSignUp) {
    return new PasswordSignUpDisabledError('Accounts are created with the sign-in providers on this site: choose one on the sign-up page.');
  }
  const valid = validateInput(signUpSchema, input);
  if (!valid.ok) return valid.error;
  const { email, password, displayName, locale, timeZone } = valid.data;
  const refused = await knockOnMailDoor(ctx, 'signUp', email);
  if (refused) return refused;
  if (await findUserByEmail(ctx.db, normalizeEmail(email))) return emailTaken();

  const passwordHash = await hashPassword(password);
  let row: UserRow;
  try {
    [row, ctx.viewer] = await inTransaction(ctx, async (tx) => {
      const created = await insertUser(tx.db, { email, displayName, passwordHash, locale, timeZone });
      const viewer = await startSession(tx, created.id, created.roles);
      const verifyUrl = await issueVerificationLink(tx, created.id, created.email);
      // One mail, queued with the account (none for an account that rolls back): welcome, and confirm your address.
      await mailVerificationLink(tx, created, created.email, 'welcomeConfirmEmail', verifyUrl);
      return [created, viewer] as const;
    });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.uniqueViolation, 'users_email_lower_key')) return emailTaken();
    throw error;
  }
  return Object.assign(new SignUpSuccess(), { user: toUser(row) });
}

/** The key of the per-account-and-IP attempt limit. */
export const accountAndIpKey = (ctx: Context, email: string) => `${normalizeEmail(email)}|${ctx.http?.ip ?? 'unknown'}`;

export async function signIn(ctx: Context, input: SignInInput) {
  const valid = validateInput(signInSchema, input);
  if (!valid.ok) return valid.error;
  const email = normalizeEmail(valid.data.email);
  const ip = ctx.http?.ip ?? 'unknown';
  const { signInPerAccountAndIp, signInPerAccount, signInPerIp } = ctx.adapters.limiters;
  const pair = accountAndIpKey(ctx, email);

  const waits = await Promise.all([
    signInPerAccountAndIp.retryAfterSeconds(pair),
    signInPerAccount.retryAfterSeconds(email),
    signInPerIp.retryAfterSeconds(ip),
  ]);
  const wait = Math.max(...waits);
  if (wait > 0) return rateLimited(wait);

  const row = await findUserByEmail(ctx.db, email);
  const matches = await verifyPassword(row?.passwordHash ?? (await decoyPasswordHash()), valid.data.password);
  if (!row || !matches) {
    await Promise.all([signInPerAccountAndIp.recordFailure(pair), signInPerAccount.recordFailure(email), signInPerIp.recordFailure(ip)]);
    return new InvalidCredentialsError('The email or the password is not right.');
  }
  await signInPerAccountAndIp.reset(pair);
  ctx.viewer = await startSession(ctx, row.id, row.roles);
  return Object.assign(new SignInSuccess(), { user: toUser(row) });
}

export async function signOut(ctx: Context): Promise<{ signedOut: boolean }> {
  if (ctx.viewer?.sessionId) await deleteSession(ctx.db, ctx.viewer.sessionId);
  ctx.http?.clearCookie(sessionCookieName);
  return { signedOut: true };
}

export async function requireViewerRow(ctx: Context): Promise<UserRow> {
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  const [row] = await findUsersByIds(ctx.db, [ctx.viewer.userId]);
  if (!row) throw new AppError('UNAUTHENTICATED');
  return row;
}

/**
 * Checks the signed-in person's password before a sensitive change, under the same attempt limit as signing in:
 * null when it is right, otherwise the typed refusal (a field error on `field`, or the wait).
 */
export async function checkViewerPassword(
  ctx: Context,
  row: UserRow,
  password: string,
  field: string,
): Promise<InvalidInputError | RateLimitedError | null> {
  const limiter = ctx.adapters.limiters.signInPerAccountAndIp;
  const pair = accountAndIpKey(ctx, row.email);
  const wait = await limiter.retryAfterSeconds(pair);
  if (wait > 0) return rateLimited(wait);
  if (await verifyPassword(row.passwordHash, password)) return null;
  await limiter.recordFailure(pair);
  return InvalidInputError.field(field, FieldErrorCode.INCORRECT, 'This is not your current password.');
}

export async function changePassword(ctx: SignedInContext, input: ChangePasswordInput) {
  const valid = validateInput(changePasswordSchema, input);
  if (!valid.ok) return valid.error;
  const row = await requireViewerRow(ctx);
  const refused = await checkViewerPassword(ctx, row, valid.data.currentPassword, 'currentPassword');
  if (refused) return refused;
  if (valid.data.newPassword === valid.data.currentPassword) {
    return InvalidInputError.field('newPassword', FieldErrorCode.UNCHANGED, 'Choose a password other than the current one.');
  }
  const passwordHash = await hashPassword(valid.data.newPassword);
  const updated = await inTransaction(ctx, async (tx) => {
    const user = await updateUser(tx.db, row.id, { passwordHash }, tx.clock.now());
    await deleteOtherSessions(tx.db, row.id, ctx.viewer.sessionId);
    await tellPasswordChanged(tx, user);
    return user;
  });
  return Object.assign(new ChangePasswordSuccess(), { user: toUser(updated) });
}

/** Tells the account's owner their password changed, so that someone else's change does not go unnoticed (in the change's transaction). */
async function tellPasswordChanged(ctx: Context, user: UserRow): Promise<void> {
  const when = DateTime.fromJSDate(ctx.clock.now(), { zone: user.timeZone }).setLocale(user.locale).toLocaleString(DateTime.DATETIME_FULL);
  await sendEmail(ctx, {
    to: user.email,
    locale: user.locale,
    template: 'passwordChanged',
    params: { name: user.displayName, when, url: `${ctx.config.publicUrl}/forgot-password` },
  });
}

export async function requestPasswordReset(ctx: Context, input: RequestPasswordResetInput) {
  const valid = validateInput(requestPasswordResetSchema, input);
  if (!valid.ok) return valid.error;
  const email = normalizeEmail(valid.data.email);
  const refused = await knockOnMailDoor(ctx, 'passwordReset', email);
  if (refused) return refused;
  // The same work whether or not an account uses the address: the job looks it up, and mails a link only if so.
  await enqueue(ctx.db, passwordResetMailJob, { email });
  return Object.assign(new RequestPasswordResetSuccess(), { accepted: true });
}

export async function resetPassword(ctx: Context, input: ResetPasswordInput) {
  const valid = validateInput(resetPasswordSchema, input);
  if (!valid.ok) return valid.error;
  const passwordHash = await hashPassword(valid.data.newPassword);
  const updated = await inTransaction(ctx, async (tx) => {
    const userId = await consumePasswordResetToken(tx.db, hashToken(valid.data.token), tx.clock.now());
    if (!userId) return null;
    const user = await updateUser(tx.db, userId, { passwordHash }, tx.clock.now());
    await deleteOtherSessions(tx.db, userId, null);
    await tellPasswordChanged(tx, user);
    return { user, viewer: await startSession(tx, userId, user.roles) };
  });
  if (!updated) {
    return InvalidInputError.field('token', FieldErrorCode.EXPIRED_OR_UNKNOWN, 'This reset link is unknown, already used or expired.');
  }
  ctx.viewer = updated.viewer;
  await ctx.adapters.limiters.signInPerAccount.reset(normalizeEmail(updated.user.email));
  await ctx.adapters.limiters.signInPerAccountAndIp.reset(accountAndIpKey(ctx, updated.user.email));
  return Object.assign(new ResetPasswordSuccess(), { user: toUser(updated.user) });
}

export async function updateAccount(ctx: Context, input: UpdateAccountInput) {
  const valid = validateInput(updateAccountSchema, input);
  if (!valid.ok) return valid.error;
  const row = await requireViewerRow(ctx);
  const changes = Object.fromEntries(Object.entries(valid.data).filter(([, value]) => value !== undefined));
  const updated = await updateUser(ctx.db, row.id, changes, ctx.clock.now());
  return Object.assign(new UpdateAccountSuccess(), { user: toUser(updated) });
}

export async function findMe(ctx: Context): Promise<User | null> {
  if (!ctx.viewer) return null;
  const row = await ctx.loaders.userById.load(ctx.viewer.userId);
  return row ? toUser(row) : null;
}

/** Any user by id, for relation fields (batched through the request's loader). */
export async function findUser(ctx: Context, id: string): Promise<User | null> {
  const row = await ctx.loaders.userById.load(id);
  return row ? toUser(row) : null;
}

/** Grants a role (e.g. EXPERT on approval); a no-op if the user has it. */
export async function grantRole(ctx: Context, userId: string, role: UserRow['roles'][number]): Promise<void> {
  const [row] = await findUsersByIds(ctx.db, [userId]);
  if (row && !row.roles.includes(role)) await updateUser(ctx.db, userId, { roles: [...row.roles, role] }, ctx.clock.now());
}

/** The name and language to write to a user in (for emails sent by other modules); null once the account is deleted. */
export async function findRecipient(ctx: Context, userId: string) {
  const [row] = await findUsersByIds(ctx.db, [userId]);
  // A deleted account has no address any more: nothing is sent to it.
  return row && !row.deletedAt ? { email: row.email, displayName: row.displayName, locale: row.locale, timeZone: row.timeZone } : null;
}
