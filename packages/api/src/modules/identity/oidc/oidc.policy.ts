/**
 * Pure rules of signing in with an OpenID Connect provider: where to go afterwards, which addresses a provider may
 * bring, and what a callback does with an identity (sign in, create, offer to link, refuse). Never auto-link: an
 * account that already uses the address is linked only once its owner signs in to it with its current method.
 */
import type { IdentityProviderConfig } from '../../../platform/identity-providers-config';
import { supportedLocales, type Locale } from '../identity.policy';

/** How long a browser has to come back from the provider. */
export const loginAttemptTtlMinutes = 10;

/** Why a provider sign-in did not complete: the SPA shows each in the person's language, with what to do next. */
export type OidcFailure =
  | 'PROVIDER_UNAVAILABLE'
  | 'CONSENT_REFUSED'
  | 'VERIFICATION_FAILED'
  | 'ACCOUNT_EXISTS'
  | 'EMAIL_UNVERIFIED'
  | 'EMAIL_MISSING'
  | 'EMAIL_DOMAIN_NOT_ALLOWED'
  | 'ACCOUNT_DISABLED'
  | 'IDENTITY_IN_USE';

/**
 * A path of this site to go to after signing in, or the fallback: never another site (`//evil.example`,
 * `/\evil.example`, `https://…`), so a crafted sign-in link cannot send someone elsewhere.
 */
export function safeReturnPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string' || candidate.length > 500) return fallback;
  if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return fallback;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\u007f\\]/.test(candidate)) return fallback;
  return candidate;
}

/** Whether the provider may bring this address (its `EMAIL_DOMAINS`, when set). */
export function emailDomainAllowed(provider: Pick<IdentityProviderConfig, 'emailDomains'>, email: string): boolean {
  if (provider.emailDomains.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return provider.emailDomains.includes(domain);
}

/** What the ID token says about the person, reduced to what Skillcall keeps. */
export interface ProviderClaims {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  locale: Locale | null;
  pictureUrl: string | null;
}

/** Reads the standard claims (`sub`, `email`, `email_verified`, `name`, `locale`, `picture`) defensively. */
export function readClaims(claims: Record<string, unknown>): ProviderClaims {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  const email = text(claims.email);
  const language = text(claims.locale)?.slice(0, 2).toLowerCase();
  const picture = text(claims.picture);
  const given = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return {
    subject: String(claims.sub),
    email: email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null,
    // Some providers send "true" as a string.
    emailVerified: claims.email_verified === true || claims.email_verified === 'true',
    name: (text(claims.name) ?? (given || null) ?? text(claims.preferred_username))?.slice(0, 80) ?? null,
    locale: supportedLocales.find((l) => l === language) ?? null,
    pictureUrl: picture && /^https:\/\//.test(picture) && picture.length <= 2000 ? picture : null,
  };
}

/** The situation a callback finds, gathered by the service. */
export interface CallbackFacts {
  intent: 'SIGN_IN' | 'LINK';
  /** For LINK: who started it (signed in at the start). */
  linkingUserId: string | null;
  provider: Pick<IdentityProviderConfig, 'emailDomains'>;
  claims: ProviderClaims;
  /** The account this provider account is already linked to, if any. */
  linkedUser: { id: string; deleted: boolean } | null;
  /** An account (not linked to this provider account) that uses the same address, if any. */
  sameEmailUser: { id: string } | null;
}

export type CallbackDecision =
  { kind: 'SIGN_IN'; userId: string } | { kind: 'CREATE' } | { kind: 'LINK'; userId: string } | { kind: 'REFUSE'; failure: OidcFailure };

/** What to do with a provider account that came back from the provider. */
export function decideCallback(f: CallbackFacts): CallbackDecision {
  if (f.intent === 'LINK') {
    // The person proved control of both accounts: the address need not match, nor be verified.
    if (f.linkedUser && f.linkedUser.id !== f.linkingUserId) return { kind: 'REFUSE', failure: 'IDENTITY_IN_USE' };
    if (f.claims.email && !emailDomainAllowed(f.provider, f.claims.email)) return { kind: 'REFUSE', failure: 'EMAIL_DOMAIN_NOT_ALLOWED' };
    return { kind: 'LINK', userId: f.linkingUserId! };
  }
  if (f.linkedUser) {
    if (f.linkedUser.deleted) return { kind: 'REFUSE', failure: 'ACCOUNT_DISABLED' };
    if (f.claims.email && !emailDomainAllowed(f.provider, f.claims.email)) return { kind: 'REFUSE', failure: 'EMAIL_DOMAIN_NOT_ALLOWED' };
    return { kind: 'SIGN_IN', userId: f.linkedUser.id };
  }
  if (!f.claims.email) return { kind: 'REFUSE', failure: 'EMAIL_MISSING' };
  if (!emailDomainAllowed(f.provider, f.claims.email)) return { kind: 'REFUSE', failure: 'EMAIL_DOMAIN_NOT_ALLOWED' };
  if (f.sameEmailUser) return { kind: 'REFUSE', failure: f.claims.emailVerified ? 'ACCOUNT_EXISTS' : 'EMAIL_UNVERIFIED' };
  return { kind: 'CREATE' };
}
