/** Pure rules of passkeys: names, how long a challenge lives, and when one may be removed. */
import { z } from 'zod';

export const passkeyNameMaxLength = 60;
/** The most passkeys one account may hold (each one lists in sign-in and settings). */
export const maxPasskeysPerUser = 20;
/** A passkey sign-in this recent proves the person is here, as typing the password again would (account deletion). */
export const freshPasskeySignInMinutes = 10;

/** A challenge answers within this time (the browser's own timeout is the same), and only once. */
export const challengeTtlSeconds = 5 * 60;

const passkeyName = z
  .string()
  .trim()
  .min(1, 'Name the passkey, e.g. after the device that holds it.')
  .max(passkeyNameMaxLength, `A passkey's name has at most ${passkeyNameMaxLength} characters.`);

/** A WebAuthn response as the browser library serialises it (JSON text), size-capped before it is parsed. */
const responseJson = z
  .string()
  .min(2)
  .max(64 * 1024, 'The answer is too large.');

export const finishRegistrationSchema = z.object({
  challengeId: z.uuid('This passkey request is unknown.'),
  response: responseJson,
  name: passkeyName,
});

export const finishSignInSchema = z.object({
  challengeId: z.uuid('This passkey request is unknown.'),
  response: responseJson,
});

export const renamePasskeySchema = z.object({ id: z.uuid(), name: passkeyName });
