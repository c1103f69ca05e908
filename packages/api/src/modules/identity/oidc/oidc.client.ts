/**
 * The relying party, through `openid-client` (certified, by the author of `oidc-provider`): discovery, the
 * authorization code flow with PKCE, `state` and `nonce`, and the ID token's validation (signature, issuer,
 * audience, expiry, nonce) are all the library's; nothing here reads a JWT by hand. This file only keeps each
 * provider's discovered configuration and tells the failures a person can act on apart.
 */
import * as oidc from 'openid-client';
import type { IdentityProviderConfig } from '../../../platform/identity-providers-config';
import type { OidcFailure } from './oidc.policy';

/** Seconds a provider has to answer (discovery, token endpoint, keys) before it counts as down. */
const providerTimeoutSeconds = 10;
const scope = 'openid email profile';

/** Discovered configurations, by provider; a failed discovery is not kept, so the next sign-in tries again. */
const configurations = new Map<string, Promise<oidc.Configuration>>();

function configurationOf(provider: IdentityProviderConfig): Promise<oidc.Configuration> {
  const key = `${provider.issuer}|${provider.clientId}|${provider.clientSecret}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(provider.issuer);
    found = oidc.discovery(issuer, provider.clientId, provider.clientSecret, undefined, {
      timeout: providerTimeoutSeconds,
      // http is accepted by the configuration only on loopback (a provider beside the server, as in tests).
      execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
    });
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Where to send the browser, with fresh `state`, `nonce` and PKCE verifier to keep on the server. */
export async function authorizationRequest(provider: IdentityProviderConfig, redirectUri: string): Promise<AuthorizationRequest> {
  const configuration = await configurationOf(provider);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

/** Exchanges the callback's code and returns the validated ID token's claims; throws on any mismatch. */
export async function validatedClaims(
  provider: IdentityProviderConfig,
  callbackUrl: URL,
  expected: { state: string; nonce: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const configuration = await configurationOf(provider);
  const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
    pkceCodeVerifier: expected.codeVerifier,
    expectedState: expected.state,
    expectedNonce: expected.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new oidc.ClientError('the provider returned no ID token');
  if (typeof claims.email === 'string') return claims as Record<string, unknown>;
  // Providers that follow the core spec to the letter put the profile and address in UserInfo, not in the ID token
  // of the code flow: ask there (the library checks the answer is about the same subject).
  const userInfo = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  return { ...userInfo, ...claims } as Record<string, unknown>;
}

const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
const providerBrokenCodes = new Set(['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON', 'OAUTH_PARSE_ERROR']);

/** Which failure a person is told about: the provider down, consent refused, or a sign-in that could not be verified. */
export function classifyProviderError(error: unknown): OidcFailure {
  if (error instanceof oidc.AuthorizationResponseError) {
    return error.error === 'access_denied' ? 'CONSENT_REFUSED' : 'VERIFICATION_FAILED';
  }
  if (error instanceof oidc.ClientError && error.code && providerBrokenCodes.has(error.code)) return 'PROVIDER_UNAVAILABLE';
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return 'PROVIDER_UNAVAILABLE';
    if (typeof code === 'string' && unreachableCodes.has(code)) return 'PROVIDER_UNAVAILABLE';
    if (cause instanceof TypeError && cause.message === 'fetch failed') return 'PROVIDER_UNAVAILABLE';
  }
  return 'VERIFICATION_FAILED';
}
