/**
 * A real OpenID provider for tests: `oidc-provider` (the certified implementation) on 127.0.0.1, with one confidential
 * client and test users, its own login and consent pages (its development interactions) and an in-memory store.
 * Integration tests drive those pages over HTTP (`authorize`); e2e tests let Chromium fill them in.
 * `stop()` takes it down (to test a provider that is down) and `start()` brings it back on the same port.
 */
import { createServer, type Server } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';

export interface TestIdpUser {
  /** What to type in the provider's login field (any password is accepted). */
  login: string;
  email: string;
  emailVerified: boolean;
  name: string;
  locale?: string;
}

/** Two users whose address the provider verified, one whose it did not. */
export const defaultTestIdpUsers: TestIdpUser[] = [
  { login: 'verified', email: 'ada@school.example', emailVerified: true, name: 'Ada Provider', locale: 'fr-FR' },
  { login: 'newcomer', email: 'cleo@school.example', emailVerified: true, name: 'Cléo Newcomer', locale: 'en-US' },
  { login: 'unverified', email: 'bob@school.example', emailVerified: false, name: 'Bob Unverified' },
];

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  users: TestIdpUser[];
  /** The variables that configure it in Skillcall as `OIDC_<ID>_*` (ID `TEST_IDP`, shown as “Test IdP” by default). */
  env(options?: { id?: string; name?: string; emailDomains?: string }): Record<string, string>;
  /** Adds or replaces a user (by login). */
  setUser(user: TestIdpUser): void;
  /**
   * Plays a person at the provider from the authorization URL to the redirect back to the client: signs in as
   * `login` (when asked) and grants (or refuses) consent. Returns the callback URL, not yet opened.
   */
  authorize(authorizationUrl: string, options: { login: string; consent?: boolean }): Promise<URL>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

const clientId = 'skillcall-test';
const clientSecret = 'skillcall-test-secret-that-is-long-enough';

export async function startTestIdentityProvider(options: { redirectUris: string[]; users?: TestIdpUser[] }): Promise<TestIdentityProvider> {
  const users = new Map((options.users ?? defaultTestIdpUsers).map((u) => [u.login, u]));
  let server: Server = createServer();
  await listen(server, 0);
  const port = (server.address() as { port: number }).port;
  const issuer = `http://127.0.0.1:${port}`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale', 'picture'] },
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      if (!user) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, email: user.email, email_verified: user.emailVerified, name: user.name, locale: user.locale }),
      };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['test-identity-provider-cookie-key'] },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  };
  const provider = new Provider(issuer, configuration);
  // The provider sits behind no proxy; it reads the scheme and host as they come.
  const handler = provider.callback();
  server.on('request', handler);

  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keepCookies = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };

  return {
    issuer,
    clientId,
    clientSecret,
    get users() {
      return [...users.values()];
    },
    env: ({ id = 'TEST_IDP', name = 'Test IdP', emailDomains } = {}) => ({
      [`OIDC_${id}_ISSUER`]: issuer,
      [`OIDC_${id}_CLIENT_ID`]: clientId,
      [`OIDC_${id}_CLIENT_SECRET`]: clientSecret,
      [`OIDC_${id}_NAME`]: name,
      ...(emailDomains ? { [`OIDC_${id}_EMAIL_DOMAINS`]: emailDomains } : {}),
    }),
    setUser: (user) => void users.set(user.login, user),
    authorize: async (authorizationUrl, { login, consent = true }) => {
      jar.clear();
      let url = new URL(authorizationUrl);
      let init: RequestInit = {};
      for (let step = 0; step < 20; step++) {
        const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: cookieHeader() } });
        keepCookies(response);
        init = {};
        if (response.status >= 300 && response.status < 400) {
          const next = new URL(response.headers.get('location')!, url);
          if (next.origin !== issuer) return next;
          url = next;
          continue;
        }
        const page = await response.text();
        if (response.status !== 200) throw new Error(`The provider answered ${response.status}: ${page.slice(0, 500)}`);
        const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
        const form = { 'content-type': 'application/x-www-form-urlencoded' };
        if (prompt === 'login') {
          init = { method: 'POST', headers: form, body: new URLSearchParams({ prompt, login, password: 'any' }).toString() };
        } else if (prompt === 'consent') {
          if (!consent) url = new URL(`${url.pathname}/abort`, url);
          else init = { method: 'POST', headers: form, body: new URLSearchParams({ prompt }).toString() };
        } else throw new Error(`Unexpected page at the provider: ${page.slice(0, 500)}`);
      }
      throw new Error('The provider never sent the browser back');
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    start: async () => {
      server = createServer(handler);
      await listen(server, port);
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}
