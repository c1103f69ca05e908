/**
 * Signing in with an OpenID Connect provider: starting at the provider, coming back (sign in, create the account,
 * or link it to the signed-in one), and the provider accounts a person sees and unlinks in their settings.
 */
import { LastSignInMethodError } from '../sign-in-methods.types';
import { inTransaction, type Context, type SignedInContext } from '../../../platform/context';
import { isPgError, pgErrorCodes } from '../../../platform/db/client';
import { FieldErrorCode, InvalidInputError } from '../../../platform/graphql/domain-error';
import type { IdentityProviderConfig } from '../../../platform/identity-providers-config';
import { sendEmail } from '../../notifications/notifications.service';
import { findUserByEmail, findUsersByIds, insertUser, updateUser } from '../identity.queries';
import { issueVerificationLink, mailVerificationLink } from '../verification-links';
import { displayNameSchema, normalizeEmail } from '../identity.policy';
import type { UserRow } from '../identity.table';
import { startSession } from '../session';
import { signInMethodsLeft } from '../sign-in-methods';
import { hashToken, newSecretToken } from '../tokens';
import { authorizationRequest, classifyProviderError, validatedClaims } from './oidc.client';
import {
  deleteExpiredLoginAttempts,
  deleteIdentity,
  findIdentity,
  identitiesOfUser,
  insertIdentity,
  insertLoginAttempt,
  takeLoginAttempt,
  touchIdentity,
} from './oidc.queries';
import { decideCallback, loginAttemptTtlMinutes, readClaims, safeReturnPath, type OidcFailure, type ProviderClaims } from './oidc.policy';
import {
  IdentityProvider,
  LinkedIdentity,
  SignInMethods,
  SignInOptions,
  UnlinkIdentitySuccess,
  type UnlinkIdentityInput,
} from './oidc.types';

/** The cookie holding the token of a sign-in under way at a provider (HttpOnly, SameSite=Lax, minutes long). */
export const loginAttemptCookieName = 'skillcall_oidc';

export const callbackPath = (providerId: string) => `/auth/oidc/${providerId}/callback`;
export const startPath = (providerId: string) => `/auth/oidc/${providerId}/start`;

export function findProvider(ctx: Context, providerId: string): IdentityProviderConfig | undefined {
  return ctx.config.signIn.providers.find((p) => p.id === providerId);
}

function toProvider(provider: IdentityProviderConfig): IdentityProvider {
  return Object.assign(new IdentityProvider(), {
    id: provider.id,
    name: provider.name,
    iconUrl: provider.iconUrl,
    signInPath: startPath(provider.id),
  });
}

/** What the sign-in and sign-up pages offer: the providers (no secrets) and whether a password account may be created. */
export function signInOptions(ctx: Context): SignInOptions {
  return Object.assign(new SignInOptions(), {
    passwordSignUp: ctx.config.signIn.passwordSignUp,
    providers: ctx.config.signIn.providers.map(toProvider),
  });
}

/** Where the browser goes next, and the cookie to set or clear on the way. */
export type ProviderStep = { redirectTo: string; attemptToken?: { token: string; maxAgeSeconds: number } };

/** Where a failure is shown: the sign-in page (with the way back), or the account page for a link. */
function failureRedirect(intent: 'SIGN_IN' | 'LINK', providerId: string, failure: OidcFailure | 'RATE_LIMITED', returnTo: string): string {
  const params = new URLSearchParams({ oidcError: failure, provider: providerId });
  if (intent === 'LINK') return `/account?${params.toString()}`;
  if (returnTo !== '/account') params.set('next', returnTo);
  return `/sign-in?${params.toString()}`;
}

/** Starts a sign-in (or, signed in, a link) at the provider: keeps `state`, `nonce` and the PKCE verifier here. */
export async function startProviderSignIn(
  ctx: Context,
  provider: IdentityProviderConfig,
  request: { intent: 'SIGN_IN' | 'LINK'; next: unknown },
): Promise<ProviderStep> {
  const { intent } = request;
  const returnTo = safeReturnPath(request.next, '/account');
  if (intent === 'LINK' && !ctx.viewer) {
    return { redirectTo: `/sign-in?${new URLSearchParams({ next: `${startPath(provider.id)}?intent=link` }).toString()}` };
  }
  const ip = ctx.http?.ip ?? 'unknown';
  if ((await ctx.adapters.limiters.signInPerIp.retryAfterSeconds(ip)) > 0) {
    return { redirectTo: failureRedirect(intent, provider.id, 'RATE_LIMITED', returnTo) };
  }
  let authorization;
  try {
    authorization = await authorizationRequest(provider, `${ctx.config.publicUrl}${callbackPath(provider.id)}`);
  } catch (error) {
    ctx.logger.warn({ err: error, provider: provider.id }, 'the identity provider could not be discovered');
    return { redirectTo: failureRedirect(intent, provider.id, classifyProviderError(error), returnTo) };
  }
  const now = ctx.clock.now();
  const { token, tokenHash } = newSecretToken();
  await deleteExpiredLoginAttempts(ctx.db, now);
  await insertLoginAttempt(ctx.db, {
    tokenHash,
    providerId: provider.id,
    state: authorization.state,
    nonce: authorization.nonce,
    codeVerifier: authorization.codeVerifier,
    intent,
    userId: intent === 'LINK' ? ctx.viewer!.userId : null,
    returnTo,
    now,
    expiresAt: new Date(now.getTime() + loginAttemptTtlMinutes * 60_000),
  });
  return { redirectTo: authorization.url, attemptToken: { token, maxAgeSeconds: loginAttemptTtlMinutes * 60 } };
}

/**
 * The provider sent the browser back: checks it against the attempt (the library validates state, nonce, PKCE and the
 * ID token), then signs in, creates the account, links, or refuses with a failure the person can act on.
 */
export async function finishProviderSignIn(
  ctx: Context,
  provider: IdentityProviderConfig,
  callbackUrl: URL,
  attemptToken: string | undefined,
): Promise<ProviderStep> {
  const attempt = attemptToken ? await takeLoginAttempt(ctx.db, hashToken(attemptToken)) : undefined;
  const ip = ctx.http?.ip ?? 'unknown';
  const stale =
    !attempt ||
    attempt.providerId !== provider.id ||
    attempt.expiresAt <= ctx.clock.now() ||
    // A link belongs to the account that asked for it, still signed in in this browser.
    (attempt.intent === 'LINK' && ctx.viewer?.userId !== attempt.userId);
  if (stale) {
    // No attempt behind this browser: an old tab, an expired one, or a callback this browser did not start.
    await ctx.adapters.limiters.signInPerIp.recordFailure(ip);
    const consent = callbackUrl.searchParams.get('error') === 'access_denied';
    return {
      redirectTo: failureRedirect(attempt?.intent ?? 'SIGN_IN', provider.id, consent ? 'CONSENT_REFUSED' : 'VERIFICATION_FAILED', '/'),
    };
  }
  const { intent, returnTo } = attempt;
  let claims: ProviderClaims;
  try {
    claims = readClaims(await validatedClaims(provider, callbackUrl, attempt));
  } catch (error) {
    const failure = classifyProviderError(error);
    ctx.logger.warn({ err: error, provider: provider.id, failure }, 'a sign-in with an identity provider failed');
    if (failure === 'VERIFICATION_FAILED') await ctx.adapters.limiters.signInPerIp.recordFailure(ip);
    return { redirectTo: failureRedirect(intent, provider.id, failure, returnTo) };
  }

  const identity = await findIdentity(ctx.db, provider.id, claims.subject);
  const [linkedRow] = identity ? await findUsersByIds(ctx.db, [identity.userId]) : [];
  const sameEmail = claims.email ? await findUserByEmail(ctx.db, normalizeEmail(claims.email)) : undefined;
  const decision = decideCallback({
    intent,
    linkingUserId: attempt.userId,
    provider,
    claims,
    linkedUser: linkedRow ? { id: linkedRow.id, deleted: linkedRow.deletedAt !== null } : null,
    sameEmailUser: sameEmail && sameEmail.id !== linkedRow?.id ? { id: sameEmail.id } : null,
  });
  const seen = { email: claims.email, emailVerified: claims.emailVerified, pictureUrl: claims.pictureUrl };

  switch (decision.kind) {
    case 'REFUSE':
      return { redirectTo: failureRedirect(intent, provider.id, decision.failure, returnTo) };
    case 'SIGN_IN':
      await touchIdentity(ctx.db, identity!.id, seen, ctx.clock.now());
      await signInFresh(ctx, linkedRow!);
      return { redirectTo: returnTo };
    case 'LINK': {
      const now = ctx.clock.now();
      if (identity) await touchIdentity(ctx.db, identity.id, seen, now);
      else {
        try {
          await insertIdentity(ctx.db, { userId: decision.userId, providerId: provider.id, subject: claims.subject, ...seen, now });
        } catch (error) {
          // Linked meanwhile, or this account already has another account of the same provider.
          if (isPgError(error, pgErrorCodes.uniqueViolation))
            return { redirectTo: failureRedirect('LINK', provider.id, 'IDENTITY_IN_USE', returnTo) };
          throw error;
        }
      }
      return { redirectTo: `${returnTo}${returnTo.includes('?') ? '&' : '?'}linked=${encodeURIComponent(provider.id)}` };
    }
    case 'CREATE': {
      const created = await createProviderAccount(ctx, provider, claims);
      if (!created) return { redirectTo: failureRedirect(intent, provider.id, 'ACCOUNT_EXISTS', returnTo) };
      return { redirectTo: `/welcome?${new URLSearchParams({ next: returnTo }).toString()}` };
    }
  }
}

/** A new session for the account (the one this browser had, if any, is ended: no session fixation). */
async function signInFresh(ctx: Context, user: UserRow): Promise<void> {
  ctx.viewer = await startSession(ctx, user.id, user.roles, 'provider');
}

/** The account's name from the provider when it is one others may read, else the address's local part. */
function displayNameFrom(claims: ProviderClaims & { email: string }): string {
  for (const candidate of [claims.name, claims.email.slice(0, claims.email.indexOf('@')).slice(0, 80)]) {
    const valid = displayNameSchema.safeParse(candidate ?? '');
    if (valid.success) return valid.data;
  }
  return 'Skillcall member';
}

async function createProviderAccount(ctx: Context, provider: IdentityProviderConfig, claims: ProviderClaims): Promise<UserRow | null> {
  const email = claims.email!;
  let user: UserRow;
  let verifyUrl: string | null;
  try {
    [user, verifyUrl] = await inTransaction(ctx, async (tx) => {
      const row = await insertUser(tx.db, {
        email,
        displayName: displayNameFrom({ ...claims, email }),
        passwordHash: null,
        locale: claims.locale ?? 'en',
        timeZone: 'UTC',
      });
      const now = tx.clock.now();
      await insertIdentity(tx.db, {
        userId: row.id,
        providerId: provider.id,
        subject: claims.subject,
        email,
        emailVerified: claims.emailVerified,
        pictureUrl: claims.pictureUrl,
        now,
      });
      return [row, await onProviderAccountCreated(tx, row, claims)] as const;
    });
  } catch (error) {
    // Someone created an account with this address at the same moment.
    if (isPgError(error, pgErrorCodes.uniqueViolation, 'users_email_lower_key')) return null;
    throw error;
  }
  await signInFresh(ctx, user);
  if (verifyUrl) await mailVerificationLink(ctx, user, user.email, 'welcomeConfirmEmail', verifyUrl);
  else
    await sendEmail(ctx, {
      to: user.email,
      locale: user.locale,
      template: 'welcome',
      params: { name: user.displayName, url: ctx.config.publicUrl },
    });
  return user;
}

/**
 * Inside the transaction that creates an account from a provider: when the provider asserts `email_verified`, the
 * address counts as confirmed; otherwise a confirmation link is issued, as at a password sign-up (its url returned).
 */
async function onProviderAccountCreated(tx: Context, user: UserRow, claims: ProviderClaims): Promise<string | null> {
  if (claims.emailVerified) {
    await updateUser(tx.db, user.id, { emailVerifiedAt: tx.clock.now() }, tx.clock.now());
    return null;
  }
  return issueVerificationLink(tx, user.id, user.email);
}

/** The ways the signed-in person can sign in: a password or not, and the providers linked, oldest first. */
export async function mySignInMethods(ctx: SignedInContext): Promise<SignInMethods> {
  const identities = await identitiesOfUser(ctx.db, ctx.viewer.userId);
  return Object.assign(new SignInMethods(), {
    hasPassword: (await signInMethodsLeft(ctx.db, ctx.viewer.userId)).password,
    identities: identities.map((row) => {
      const provider = findProvider(ctx, row.providerId);
      return Object.assign(new LinkedIdentity(), {
        providerId: row.providerId,
        provider: provider ? toProvider(provider) : null,
        email: row.email,
        linkedAt: row.linkedAt,
        lastUsedAt: row.lastUsedAt,
      });
    }),
    linkable: ctx.config.signIn.providers.filter((p) => !identities.some((row) => row.providerId === p.id)).map(toProvider),
  });
}

/** Unlinks a provider from the signed-in account, as long as another way to sign in remains. */
export async function unlinkIdentity(ctx: SignedInContext, input: UnlinkIdentityInput) {
  const outcome = await inTransaction(ctx, async (tx) => {
    // The account row stays locked until the end, so two unlinks at once cannot both pass the check.
    const methods = await signInMethodsLeft(tx.db, ctx.viewer.userId, { lock: true });
    if (!methods.providers.includes(input.providerId)) return 'NOT_LINKED' as const;
    if (methods.total <= 1) return 'LAST' as const;
    await deleteIdentity(tx.db, ctx.viewer.userId, input.providerId);
    return 'UNLINKED' as const;
  });
  if (outcome === 'NOT_LINKED') {
    return InvalidInputError.field('providerId', FieldErrorCode.EXPIRED_OR_UNKNOWN, 'This provider is not linked to your account.');
  }
  if (outcome === 'LAST') {
    return new LastSignInMethodError('This is the only way to sign in to your account: set a password or link another provider first.');
  }
  return Object.assign(new UnlinkIdentitySuccess(), { methods: await mySignInMethods(ctx) });
}
