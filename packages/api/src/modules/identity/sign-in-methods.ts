/**
 * The ways an account can be signed in to, counted in one place: a password, the OpenID Connect providers linked to
 * it, its passkeys. Unlinking a provider or removing a passkey is refused when it would leave none.
 */
import type { DbExecutor } from '../../platform/db/client';
import { signInMethodsOf } from './oidc/oidc.queries';
import { countPasskeysOf } from './passkeys/passkey.queries';

export interface SignInMethodsLeft {
  password: boolean;
  /** The ids of the providers linked. */
  providers: string[];
  passkeys: number;
  /** How many ways in there are in all. */
  total: number;
}

/** The account's ways in; with `lock`, its row stays locked for the caller's transaction (check, then remove). */
export async function signInMethodsLeft(db: DbExecutor, userId: string, options: { lock?: boolean } = {}): Promise<SignInMethodsLeft> {
  const { password, providers } = await signInMethodsOf(db, userId, options.lock ?? false);
  const passkeys = await countPasskeysOf(db, userId);
  return { password, providers, passkeys, total: (password ? 1 : 0) + providers.length + passkeys };
}
