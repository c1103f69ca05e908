/** What a passkey ceremony that the browser ended (cancelled, timed out, refused) shows; null when it shows nothing. */
import type { TFunction } from 'i18next';
import type { Failure } from '../../lib/errors';

export function browserPasskeyFailure(t: TFunction, error: unknown): Failure | null {
  const name = error instanceof Error ? error.name : '';
  // Another ceremony replaced this one (e.g. the button after the autofill offer): nothing went wrong.
  if (name === 'AbortError') return null;
  if (name === 'NotAllowedError') return { kind: 'message', message: t('passkeys.cancelled') };
  if (name === 'InvalidStateError') return { kind: 'message', message: t('passkeys.alreadyRegistered') };
  return { kind: 'error', error };
}
