/** Pure rules of partner API keys: what a valid key request is, how secrets look, and how many keys one may hold. */
import { z } from 'zod';
import type { ApiKeyScope } from '../../platform/context';
import { hashToken, newSecretToken } from '../identity/tokens';

export const maxLiveKeysPerUser = 20;
export const apiKeyNameMaxLength = 80;
export const apiKeyScopes = [
  'CATALOG_READ',
  'SEARCH',
  'BOOKINGS_READ',
  'WEBHOOKS_READ',
  'MESSAGES',
] as const satisfies readonly ApiKeyScope[];

/** Every secret starts with this, so a leaked one is easy to recognise (and to scan for). */
const secretPrefix = 'skc_';
/** How much of the random part the key lists show after `skc_`: enough to tell keys apart, too little to guess. */
const shownCharacters = 6;

export const createApiKeySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name the key, e.g. after the app that uses it.')
    .max(apiKeyNameMaxLength, `A key's name has at most ${apiKeyNameMaxLength} characters.`),
  scopes: z
    .array(z.enum(apiKeyScopes))
    .min(1, 'Choose at least one scope.')
    .transform((scopes) => apiKeyScopes.filter((scope) => scopes.includes(scope))),
});

/** A new secret (`skc_` and 32 random bytes in base64url), the part lists show, and the hash that is stored. */
export function newApiKeySecret(): { secret: string; prefix: string; tokenHash: string } {
  const { token, tokenHash } = newSecretToken();
  return { secret: `${secretPrefix}${token}`, prefix: `${secretPrefix}${token.slice(0, shownCharacters)}`, tokenHash };
}

/** The stored hash a presented secret would have, or null when it is not of the secrets' form at all. */
export function apiKeySecretHash(secret: string): string | null {
  const match = /^skc_([A-Za-z0-9_-]{43})$/.exec(secret);
  return match ? hashToken(match[1]!) : null;
}
