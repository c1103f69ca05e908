/**
 * Passkeys in account settings: add one (WebAuthn registration through SimpleWebAuthn, discoverable so that signing
 * in needs no email), list, rename and remove them, never the last way to sign in.
 */
import { LastSignInMethodError } from '../sign-in-methods.types';
import { generateRegistrationOptions, verifyRegistrationResponse, type RegistrationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import { inTransaction, type SignedInContext } from '../../../platform/context';
import { isPgError, pgErrorCodes } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors';
import { validateInput } from '../../../platform/graphql/domain-error';
import { requireViewerRow } from '../identity.service';
import { ceremonyTimeoutMs, encodeKey, issueOptions, parseAnswer, relyingParty, takeLiveChallenge, userHandleOf } from './passkey.ceremony';
import { finishRegistrationSchema, renamePasskeySchema } from './passkey.policy';
import { deleteOwnPasskey, insertPasskey, listPasskeysOf, renameOwnPasskey } from './passkey.queries';
import { signInMethodsLeft } from '../sign-in-methods';
import type { PasskeyRow } from './passkey.table';
import {
  FinishPasskeyRegistrationSuccess,
  Passkey,
  PasskeyChallengeExpiredError,
  type PasskeyOptions,
  PasskeyVerificationFailedError,
  RemovePasskeySuccess,
  RenamePasskeySuccess,
  type FinishPasskeyRegistrationInput,
  type RemovePasskeyInput,
  type RenamePasskeyInput,
} from './passkey.types';

export function toPasskey(row: PasskeyRow): Passkey {
  return Object.assign(new Passkey(), {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    backedUp: row.backedUp,
  });
}

export async function myPasskeys(ctx: SignedInContext): Promise<Passkey[]> {
  return (await listPasskeysOf(ctx.db, ctx.viewer.userId)).map(toPasskey);
}

/** Options for the browser to create a passkey for the signed-in account (none it already holds again). */
export async function startPasskeyRegistration(ctx: SignedInContext): Promise<PasskeyOptions> {
  const row = await requireViewerRow(ctx);
  const existing = await listPasskeysOf(ctx.db, row.id);
  const { rpId, rpName } = relyingParty(ctx);
  const options = await generateRegistrationOptions({
    rpName,
    rpID: rpId,
    userID: userHandleOf(row.id),
    userName: row.email,
    userDisplayName: row.displayName,
    timeout: ceremonyTimeoutMs,
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    // Discoverable, so the sign-in page can offer the account without an email typed.
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
  });
  return issueOptions(ctx, 'registration', row.id, options);
}

/** Checks the browser's new passkey against the challenge this account was given, and keeps it under its name. */
export async function finishPasskeyRegistration(ctx: SignedInContext, input: FinishPasskeyRegistrationInput) {
  const valid = validateInput(finishRegistrationSchema, input);
  if (!valid.ok) return valid.error;
  const userId = ctx.viewer.userId;
  const challenge = await takeLiveChallenge(ctx, valid.data.challengeId, 'registration', userId);
  if (!challenge) return new PasskeyChallengeExpiredError('This passkey request expired or was already used: start again.');
  const failed = (why: string) => new PasskeyVerificationFailedError(`The passkey could not be verified: ${why}.`);

  const answer = parseAnswer<RegistrationResponseJSON>(valid.data.response);
  if (!answer) return failed('the answer is not a registration response');
  const { rpId, origin } = relyingParty(ctx);
  let verification;
  try {
    verification = await verifyRegistrationResponse({
      response: answer,
      expectedChallenge: challenge,
      expectedOrigin: origin,
      expectedRPID: rpId,
      requireUserVerification: false,
    });
  } catch (error) {
    return failed(error instanceof Error ? error.message : 'unreadable answer');
  }
  if (!verification.verified) return failed('the attestation does not hold');
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  try {
    const row = await insertPasskey(ctx.db, {
      userId,
      credentialId: credential.id,
      publicKey: encodeKey(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      name: valid.data.name,
      createdAt: ctx.clock.now(),
    });
    return Object.assign(new FinishPasskeyRegistrationSuccess(), { passkey: toPasskey(row) });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.uniqueViolation, 'passkey_credentials_credential_id_unique')) {
      return failed('this passkey is already registered');
    }
    throw error;
  }
}

const notFound = () => new AppError('NOT_FOUND', 'No such passkey.');

export async function renamePasskey(ctx: SignedInContext, input: RenamePasskeyInput) {
  if (!z.uuid().safeParse(input.id).success) throw notFound();
  const valid = validateInput(renamePasskeySchema, input);
  if (!valid.ok) return valid.error;
  const row = await renameOwnPasskey(ctx.db, valid.data.id, ctx.viewer.userId, valid.data.name);
  if (!row) throw notFound();
  return Object.assign(new RenamePasskeySuccess(), { passkey: toPasskey(row) });
}

/** Removes one of the viewer's passkeys, unless the account would be left with no way to sign in. */
export async function removePasskey(ctx: SignedInContext, input: RemovePasskeyInput) {
  if (!z.uuid().safeParse(input.id).success) throw notFound();
  const user = await requireViewerRow(ctx);
  return inTransaction(ctx, async (tx) => {
    const methods = await signInMethodsLeft(tx.db, user.id, { lock: true });
    const owned = await listPasskeysOf(tx.db, user.id);
    if (!owned.some((p) => p.id === input.id)) throw notFound();
    if (methods.total <= 1) {
      return new LastSignInMethodError('This passkey is your only way to sign in: add a password or another passkey first.');
    }
    await deleteOwnPasskey(tx.db, input.id, user.id);
    return Object.assign(new RemovePasskeySuccess(), { removedPasskeyId: input.id });
  });
}
