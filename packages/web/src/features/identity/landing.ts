import type { Role } from '@skillcall/schema';
import { safeNextPath } from '../../lib/safe-path';

/**
 * Where signing in leads: the return path when one was given (and stays on this site), otherwise an expert's
 * dashboard, where their sessions and requests are, or everyone else's account page.
 */
export function landingAfterSignIn(next: string | null, roles: readonly Role[]): string {
  const returnPath = safeNextPath(next, '');
  if (returnPath) return returnPath;
  return roles.includes('EXPERT') ? '/dashboard' : '/account';
}
