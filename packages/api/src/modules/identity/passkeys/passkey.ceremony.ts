/**
 * What both WebAuthn ceremonies (registration and sign-in) share: the relying party from configuration, the
 * single-use challenge kept server-side, and reading the browser's answer. The cryptography is SimpleWebAuthn's.
 */
import type { WebAuthnCredential } from '@simplewebauthn/server';
import type { Context } from '../../../platform/context';
import { challengeTtlSeconds } from './passkey.policy';
import { insertChallenge, takeChallenge } from './passkey.queries';
import type { ChallengeRow, PasskeyRow } from './passkey.table';
import { PasskeyOptions } from './passkey.types';

/** The relying party the browser checks pages against, and the origin their answers must come from. */
export const relyingParty = (ctx: Context) => ctx.config.webauthn;

/** The browser's timeout, in milliseconds: the same as the challenge's life. */
export const ceremonyTimeoutMs = challengeTtlSeconds * 1000;

/** Keeps the options' challenge for one answer within its life, and hands the options to the client. */
export async function issueOptions(
  ctx: Context,
  purpose: ChallengeRow['purpose'],
  userId: string | null,
  options: { challenge: string },
): Promise<PasskeyOptions> {
  const now = ctx.clock.now();
  const challengeId = await insertChallenge(ctx.db, {
    challenge: options.challenge,
    purpose,
    userId,
    now,
    expiresAt: new Date(now.getTime() + challengeTtlSeconds * 1000),
  });
  return Object.assign(new PasskeyOptions(), { challengeId, optionsJson: JSON.stringify(options) });
}

/** The challenge of a ceremony, taken out for good; null when unknown, already used, expired or someone else's. */
export async function takeLiveChallenge(
  ctx: Context,
  challengeId: string,
  purpose: ChallengeRow['purpose'],
  userId: string | null,
): Promise<string | null> {
  const row = await takeChallenge(ctx.db, challengeId, purpose);
  if (!row || row.expiresAt <= ctx.clock.now() || row.userId !== userId) return null;
  return row.challenge;
}

/** The browser's answer (JSON text) as an object naming its credential, or null when it is not one. */
export function parseAnswer<T extends { id: string }>(text: string): T | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as T) : null;
  } catch {
    return null;
  }
}

/** The user handle passkeys carry for an account: its id's 16 bytes (never the email, which can change). */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(Buffer.from(userId.replaceAll('-', ''), 'hex'));
}

export const encodeKey = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
export const decodeKey = (text: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(text, 'base64url'));

/** The stored credential in the shape SimpleWebAuthn verifies a sign-in against. */
export function webAuthnCredentialOf(row: PasskeyRow): WebAuthnCredential {
  return { id: row.credentialId, publicKey: decodeKey(row.publicKey), counter: row.counter, transports: row.transports };
}
