/**
 * Signing in with a passkey, no email typed: the browser offers the discoverable passkeys it holds for this site, the
 * person picks one, and its signature over our challenge proves the account. It goes through the same attempt limits
 * as a password (per IP before anything, then per account and per account and IP), and opens a new session through
 * the one `startSession`, marked as signed in with a passkey.
 */
import { generateAuthenticationOptions, verifyAuthenticationResponse, type AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { Context, SignedInContext } from '../../../platform/context';
import { validateInput } from '../../../platform/graphql/domain-error';
import { findSessionSignIn, findUsersByIds } from '../identity.queries';
import { accountAndIpKey, toUser } from '../identity.service';
import { rateLimited } from '../mail-doors';
import { SignInSuccess } from '../identity.types';
import { normalizeEmail } from '../identity.policy';
import { startSession } from '../session';
import {
  ceremonyTimeoutMs,
  encodeKey,
  issueOptions,
  parseAnswer,
  relyingParty,
  takeLiveChallenge,
  userHandleOf,
  webAuthnCredentialOf,
} from './passkey.ceremony';
import { finishSignInSchema, freshPasskeySignInMinutes } from './passkey.policy';
import { findPasskeyByCredentialId, recordPasskeyUse } from './passkey.queries';
import {
  PasskeyChallengeExpiredError,
  PasskeyVerificationFailedError,
  UnknownPasskeyError,
  type FinishPasskeySignInInput,
} from './passkey.types';

const ipOf = (ctx: Context) => ctx.http?.ip ?? 'unknown';

/** Options for the browser to sign in with any passkey it holds for this site (an empty allow list: discoverable). */
export async function startPasskeySignIn(ctx: Context) {
  const wait = await ctx.adapters.limiters.signInPerIp.retryAfterSeconds(ipOf(ctx));
  if (wait > 0) return rateLimited(wait);
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(ctx).rpId,
    userVerification: 'preferred',
    timeout: ceremonyTimeoutMs,
  });
  return issueOptions(ctx, 'sign-in', null, options);
}

export async function finishPasskeySignIn(ctx: Context, input: FinishPasskeySignInInput) {
  const valid = validateInput(finishSignInSchema, input);
  if (!valid.ok) return valid.error;
  const { signInPerAccountAndIp, signInPerAccount, signInPerIp } = ctx.adapters.limiters;
  const ip = ipOf(ctx);
  const ipWait = await signInPerIp.retryAfterSeconds(ip);
  if (ipWait > 0) return rateLimited(ipWait);

  const challenge = await takeLiveChallenge(ctx, valid.data.challengeId, 'sign-in', null);
  if (!challenge) return new PasskeyChallengeExpiredError('This sign-in request expired or was already used: try again.');

  const answer = parseAnswer<AuthenticationResponseJSON>(valid.data.response);
  const passkey = answer ? await findPasskeyByCredentialId(ctx.db, answer.id) : undefined;
  const [user] = passkey ? await findUsersByIds(ctx.db, [passkey.userId]) : [];
  if (!answer || !passkey || !user || user.deletedAt) {
    await signInPerIp.recordFailure(ip);
    return new UnknownPasskeyError('This passkey is not registered here: it may have been removed from your account.');
  }

  const email = normalizeEmail(user.email);
  const pair = accountAndIpKey(ctx, email);
  const accountWait = Math.max(await signInPerAccountAndIp.retryAfterSeconds(pair), await signInPerAccount.retryAfterSeconds(email));
  if (accountWait > 0) return rateLimited(accountWait);

  const { rpId, origin } = relyingParty(ctx);
  let verification;
  try {
    // The user handle, when the authenticator returns one, must be this account's too.
    const handle = answer.response.userHandle;
    if (handle !== undefined && handle !== encodeKey(userHandleOf(user.id))) throw new Error('the passkey belongs to another account');
    verification = await verifyAuthenticationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      credential: webAuthnCredentialOf(passkey),
      requireUserVerification: false,
    });
  } catch {
    verification = null;
  }
  if (!verification?.verified) {
    await Promise.all([signInPerAccountAndIp.recordFailure(pair), signInPerAccount.recordFailure(email), signInPerIp.recordFailure(ip)]);
    return new PasskeyVerificationFailedError('The passkey could not be verified. Try again.');
  }

  const info = verification.authenticationInfo;
  await signInPerAccountAndIp.reset(pair);
  await recordPasskeyUse(ctx.db, passkey.id, {
    counter: info.newCounter,
    backedUp: info.credentialBackedUp,
    deviceType: info.credentialDeviceType,
    lastUsedAt: ctx.clock.now(),
  });
  ctx.viewer = await startSession(ctx, user.id, user.roles, 'passkey');
  return Object.assign(new SignInSuccess(), { user: toUser(user) });
}

/**
 * Whether this browser signed in without a password in the last minutes, with a passkey (possession of a device and,
 * with user verification, its owner) or through a provider (which authenticated the person just now): either stands
 * in for typing the password again, and an account made through a provider has none to type.
 */
export async function signedInWithoutPasswordRecently(ctx: SignedInContext): Promise<boolean> {
  if (!ctx.viewer.sessionId) return false;
  const session = await findSessionSignIn(ctx.db, ctx.viewer.sessionId);
  return (
    (session?.signInMethod === 'passkey' || session?.signInMethod === 'provider') &&
    ctx.clock.now().getTime() - session.createdAt.getTime() <= freshPasskeySignInMinutes * 60_000
  );
}
