/**
 * The process configuration, read once from the environment and validated.
 * A bad value stops startup with a message that names the variable and says what is expected.
 */
import { createECDH, randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { readIdentityProviders, type IdentityProviderConfig } from './identity-providers-config';
import { loopbackHostNames } from './loopback-hosts';
import { readTaxConfig, type TaxConfig } from './tax-config';

/** The platform's commission on paid sessions unless configured (`PLATFORM_FEE_PERCENT` or `PLATFORM_FEE_BASIS_POINTS`): 20%. */
const defaultFeeBasisPoints = 2000;

/** The bucket for `RECORDING_STORAGE=s3` (`S3_*`). */
export interface S3StorageOptions {
  bucket: string;
  region: string;
  prefix: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

const repoRoot = path.resolve(__dirname, '../../../..');

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** An address (`a@b.c`), alone or after a display name (`Name <a@b.c>`). */
const mailbox = /^(?:[^<>]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/;

/** The domain of a `mailbox` address. */
const domainOf = (address: string) => /@([^<>\s@]+)>?$/.exec(address)![1]!.toLowerCase();

function parsesAsUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** `RTCIceServer`s, as the browser takes them. */
const iceServersSchema = z.array(
  z.object({
    urls: z.union([
      z.string().regex(/^(stun|stuns|turn|turns):/, 'must start with stun:, stuns:, turn: or turns:'),
      z.array(z.string().regex(/^(stun|stuns|turn|turns):/, 'must start with stun:, stuns:, turn: or turns:')).min(1),
    ]),
    username: z.string().optional(),
    credential: z.string().optional(),
  }),
);
export type IceServerConfig = z.infer<typeof iceServersSchema>[number];

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(3),
    DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    COOKIE_SECURE: booleanFromEnv.optional(),
    WEB_DIST_DIR: z.string().default(path.join(repoRoot, 'packages/web/dist')),
    SEED_DEMO_DATA: booleanFromEnv.default(true),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(15),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(40_000),
    WS_MAX_PAYLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .default(64 * 1024),
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(10_000).default(50),
    TRUSTED_DOCUMENTS: z.enum(['enforce', 'off']).optional(),
    TRUSTED_DOCUMENTS_MANIFEST: z.string().default(path.join(repoRoot, 'packages/schema/src/generated/persisted-documents.json')),
    CORS_ORIGINS: z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^https?:\/\/[^/\s]+$/,
              'must be a comma-separated list of origins like https://partner.example (scheme and host, no path)',
            ),
        ),
      )
      .default([]),
    ALLOWED_HOSTS: z
      .string()
      .transform((text) =>
        text
          .split(',')
          .map((host) => host.trim().toLowerCase())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/,
              'must be a comma-separated list of host names like api.internal (no scheme, no port)',
            ),
        ),
      )
      .default([]),
    SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT_AND_IP: z.coerce.number().int().min(1).default(5),
    SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(50),
    SIGN_IN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
    SIGN_IN_WINDOW_SECONDS: z.coerce
      .number()
      .int()
      .min(1)
      .default(15 * 60),
    API_KEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    MESSAGE_NEW_CONVERSATIONS_PER_DAY: z.coerce.number().int().min(1).default(10),
    MESSAGE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    MAIL_DOOR_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
    MAIL_DOOR_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(5),
    TRUST_PROXY: booleanFromEnv.default(false),
    MEILI_HOST: z.url().optional(),
    MEILI_API_KEY: z.string().optional(),
    SEARCH_EXACT_COUNT_UP_TO: z.coerce.number().int().min(1).max(100_000).default(1000),
    JOB_CONCURRENCY: z.coerce.number().int().min(0).max(50).default(4),
    JOB_LOCK_TIMEOUT_SECONDS: z.coerce
      .number()
      .int()
      .min(5)
      .max(4 * 3600)
      .default(60),
    INSTANCE_ID: z.string().min(1).max(200).optional(),
    PLATFORM_FEE_PERCENT: z
      .string()
      .regex(/^(100|\d{1,2})(\.\d{1,2})?$/, 'must be a percentage from 0 to 100 with at most two decimals, e.g. 20 or 12.5')
      .refine((v) => Number(v) <= 100, 'must be at most 100')
      .optional(),
    PLATFORM_FEE_BASIS_POINTS: z.coerce.number().int().min(0).max(10_000).optional(),
    REPORTING_CURRENCY: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code in capitals, e.g. EUR')
      .default('EUR'),
    ECB_RATES_URL: z.union([z.literal('off'), z.url()]).default('https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml'),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret or restricted key (sk_test_..., sk_live_...)')
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_\w+$/, 'must be a webhook signing secret (whsec_...)')
      .optional(),
    REFUND_REVIEW_AFTER: z.coerce.number().int().min(1).default(3),
    REFUND_REVIEW_WINDOW_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
    ICE_SERVERS: z
      .string()
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be JSON' });
          return z.NEVER;
        }
      })
      .pipe(iceServersSchema)
      .optional(),
    TURN_URLS: z.string().optional(),
    TURN_SECRET: z.string().min(16, 'must be at least 16 characters (coturn’s static-auth-secret)').optional(),
    TURN_CREDENTIAL_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(7 * 24 * 3600)
      .default(6 * 3600),
    RECORDING_STORAGE: z.enum(['local', 's3']).default('local'),
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ENDPOINT: z.url().optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
    S3_PREFIX: z.string().default('recordings/'),
    RECORDING_MAX_CHUNK_BYTES: z.coerce
      .number()
      .int()
      .min(64 * 1024)
      .max(64 * 1024 * 1024)
      .default(8 * 1024 * 1024),
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanFromEnv.default(false),
    MAIL_LINK_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
    PASSWORD_SIGNUP: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
    SMTP_URL: z
      .string()
      .regex(
        /^smtps?:\/\/\S+$/,
        'must be an smtp:// (STARTTLS when offered) or smtps:// (TLS) URL, e.g. smtp://user:pass@smtp.example.org:587',
      )
      .refine(parsesAsUrl, 'must be a valid URL (percent-encode special characters of the user name and password)')
      .optional(),
    SMTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(5),
    MAIL_FROM: z.string().regex(mailbox, 'must be an address, optionally with a name: "Skillcall <no-reply@example.org>"').optional(),
    MAIL_REPLY_TO: z.string().regex(mailbox, 'must be an address, optionally with a name: "Support <help@example.org>"').optional(),
    MAIL_DELIVERY: z.enum(['smtp', 'dev-mailbox']).optional(),
    PUSH: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
    PUSH_ALLOW_PRIVATE_NETWORKS: booleanFromEnv.default(false),
    VAPID_PUBLIC_KEY: z
      .string()
      .trim()
      .refine((v) => base64urlLength(v) === 65, 'must be an uncompressed P-256 public key, base64url (`npx web-push generate-vapid-keys`)')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .trim()
      .refine((v) => base64urlLength(v) === 32, 'must be a P-256 private key, base64url (`npx web-push generate-vapid-keys`)')
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .trim()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, 'must be a mailto: address or an https: URL where push services can reach you')
      .refine((v) => !v.startsWith('https:') || parsesAsUrl(v), 'must be a valid https: URL')
      .optional(),
    WEBAUTHN_RP_ID: z
      .string()
      .toLowerCase()
      .regex(/^(?:[a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a host name like example.com (no scheme, no port)')
      .optional(),
  })
  .refine((e) => !!e.STRIPE_SECRET_KEY === !!e.STRIPE_WEBHOOK_SECRET, {
    path: ['STRIPE_WEBHOOK_SECRET'],
    message: 'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both to use Stripe, or neither for the offline provider',
  })
  .refine((e) => !!e.TURN_URLS === !!e.TURN_SECRET, {
    path: ['TURN_SECRET'],
    message: 'TURN_URLS and TURN_SECRET go together: the API issues short-lived TURN credentials signed with the secret',
  })
  .refine((e) => e.RECORDING_STORAGE !== 's3' || !!e.S3_BUCKET, { path: ['S3_BUCKET'], message: 'is required when RECORDING_STORAGE=s3' })
  .refine((e) => e.NODE_ENV !== 'production' || !!e.MAIL_LINK_SECRET, {
    path: ['MAIL_LINK_SECRET'],
    message:
      'is required in production: it signs the one-click unsubscribe links in mail, and the development value is public (`openssl rand -base64 32` makes one)',
  })
  .refine((e) => e.MAIL_DELIVERY !== 'smtp' || !!e.SMTP_URL, { path: ['SMTP_URL'], message: 'is required when MAIL_DELIVERY=smtp' })
  .refine((e) => e.MAIL_DELIVERY !== 'dev-mailbox' || !e.SMTP_URL, {
    path: ['MAIL_DELIVERY'],
    message: 'dev-mailbox keeps mail on this machine, but SMTP_URL is set too: remove one of them',
  })
  .refine((e) => !e.WEBAUTHN_RP_ID || isSameOrParentDomain(e.WEBAUTHN_RP_ID, publicUrlOf(e).hostname), {
    path: ['WEBAUTHN_RP_ID'],
    message: 'must be PUBLIC_URL’s host name or a domain it belongs to (browsers refuse passkeys for any other)',
  })
  .refine((e) => !e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY || vapidKeysMatch(e.VAPID_PUBLIC_KEY, e.VAPID_PRIVATE_KEY), {
    path: ['VAPID_PUBLIC_KEY'],
    message: 'is not the public key of VAPID_PRIVATE_KEY: set both from the same generated pair',
  })
  .refine((e) => !!e.S3_ACCESS_KEY_ID === !!e.S3_SECRET_ACCESS_KEY, {
    path: ['S3_SECRET_ACCESS_KEY'],
    message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for the SDK’s usual credential chain)',
  });

/**
 * Production without a mail server would keep every password reset and booking mail in a mailbox nobody reads:
 * refused unless `MAIL_DELIVERY=dev-mailbox` says it is meant.
 */
function mailRefusal(e: { NODE_ENV: string; SMTP_URL?: string; MAIL_DELIVERY?: string }, publicUrl: string): string | null {
  if (e.SMTP_URL || e.MAIL_DELIVERY === 'dev-mailbox') return null;
  const host = new URL(publicUrl).hostname;
  const why =
    e.NODE_ENV === 'production'
      ? 'NODE_ENV is production'
      : loopbackHostNames.has(host)
        ? null
        : `PUBLIC_URL (${publicUrl}) is not a localhost address`;
  if (!why) return null;
  return (
    `SMTP_URL is not set, and this server looks like a real deployment (${why}): every email it writes (password ` +
    'resets, booking confirmations, receipts) would stay in the dev mailbox on this machine and reach nobody. Set ' +
    'SMTP_URL to your mail provider’s SMTP server, e.g. SMTP_URL=smtp://user:password@smtp.example.org:587 (STARTTLS) ' +
    'or smtps://…:465 (TLS), and MAIL_FROM to the sender address; or set MAIL_DELIVERY=dev-mailbox if keeping mail on ' +
    'this machine is what you want (a demo or a staging server).'
  );
}

/** Bytes of a base64url text; -1 when it is not base64url. */
function base64urlLength(text: string): number {
  return /^[A-Za-z0-9_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64url').length : -1;
}

function vapidKeysMatch(publicKey: string, privateKey: string): boolean {
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'));
    return ecdh.getPublicKey('base64url') === Buffer.from(publicKey, 'base64url').toString('base64url');
  } catch {
    return false;
  }
}

const vapidVariables = ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY', 'VAPID_SUBJECT'] as const;

/**
 * Push needs its VAPID key pair and a contact for the push services. Production sets all three or says `PUSH=off`.
 * Elsewhere one key without the other is refused (a typo would silently replace the pair), and neither lets the server
 * make a pair and keep it in `DATA_DIR` (`notifications/vapid-keys.ts`).
 */
function pushRefusal(e: Partial<Record<(typeof vapidVariables)[number] | 'PUSH' | 'NODE_ENV', string>>): string | null {
  if (e.PUSH === 'off') return null;
  const unset = vapidVariables.filter((name) => !e[name]);
  const production = e.NODE_ENV === 'production';
  const keysUnset = unset.filter((name) => name !== 'VAPID_SUBJECT');
  const missing = production ? unset : keysUnset.length === 1 ? keysUnset : [];
  if (missing.length === 0) return null;
  const why = production
    ? 'NODE_ENV is production: push notifications need their own VAPID keys and contact'
    : 'half of the VAPID key pair is set';
  return (
    `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set (${why}). Set VAPID_PUBLIC_KEY and ` +
    'VAPID_PRIVATE_KEY to a key pair (`npx web-push generate-vapid-keys` makes one; keep it: a new pair invalidates every ' +
    'device’s subscription) and VAPID_SUBJECT to a mailto: address or https: URL where push services can reach you; ' +
    'or set PUSH=off to send no push notifications.'
  );
}

function publicUrlOf(e: { PUBLIC_URL?: string | undefined; PORT: number }): URL {
  return new URL(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`);
}

/** WebAuthn's rule for a relying party id: the page's host itself, or a domain it is under. */
function isSameOrParentDomain(domain: string, host: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** "12.5" → 1250, exactly (no floating point). */
function percentToBasisPoints(percent: string): number {
  const [whole, fraction = ''] = percent.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export type Config = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  /** EMBEDDED_PG_PORT: the embedded PostgreSQL's port when set; unset, it is chosen per data folder (`platform/db/embedded-port.ts`). */
  embeddedPgPort: number | undefined;
  dbPoolSize: number;
  /**
   * During a database outage requests fail within seconds with a "try again" error: opening a connection gives up
   * after `DB_CONNECT_TIMEOUT_SECONDS`, a statement after `DB_STATEMENT_TIMEOUT_MS` (one more second on a silent server).
   */
  dbTimeouts: { connectSeconds: number; statementMs: number };
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  sessionTtlDays: number;
  cookieSecure: boolean;
  webDistDir: string;
  seedDemoData: boolean;
  trustProxy: boolean;
  /** Meilisearch when its host is set; otherwise search runs on PostgreSQL. */
  meilisearch: { host: string; apiKey: string | undefined } | null;
  /**
   * Search totals and facet counts are exact up to this many matches and may be estimates above
   * (`SEARCH_EXACT_COUNT_UP_TO`): counting every match of a common word is what made search slow.
   */
  searchExactCountUpTo: number;
  /** Jobs this instance runs at once; 0 runs none here (another instance must). */
  jobConcurrency: number;
  /**
   * Jobs left locked by a dead process: this instance (`INSTANCE_ID`, by default host name and port) frees its own
   * at start, and any instance frees a lock whose worker stopped beating for `timeoutSeconds`.
   */
  jobLocks: { instanceId: string; timeoutSeconds: number };
  /** The platform's commission in basis points (2000 = 20%): `PLATFORM_FEE_BASIS_POINTS`, else `PLATFORM_FEE_PERCENT`. */
  platformFeeBasisPoints: number;
  /**
   * Reports convert amounts to `reportingCurrency` (`REPORTING_CURRENCY`, EUR by default) at the stored rate of the
   * day; a daily job loads the ECB's reference rates from `ecbUrl` (`ECB_RATES_URL`; null when `off`).
   */
  exchangeRates: { reportingCurrency: string; ecbUrl: string | null };
  /** Stripe when its keys are set; otherwise the offline provider (no real money moves). */
  stripe: { secretKey: string; webhookSecret: string } | null;
  /** The guarantee's abuse rule: a user's refund request goes to the admins once they made `after` in `windowDays`. */
  refundReview: { after: number; windowDays: number };
  /** The session room's WebRTC servers: fixed ones (`ICE_SERVERS`), and a TURN service with short-lived credentials. */
  ice: { servers: IceServerConfig[]; turn: { urls: string[]; secret: string; ttlSeconds: number } | null };
  /** Session recordings: under `DATA_DIR/recordings`, or in an S3-compatible bucket; `maxChunkBytes` bounds one upload. */
  recordings: { maxChunkBytes: number; s3: S3StorageOptions | null };
  graphql: { maxDepth: number; maxAliases: number; maxCost: number; introspection: boolean };
  wsMaxPayloadBytes: number;
  /** Operations one WebSocket may hold at once (a subscription flood on one connection stops there). */
  wsMaxSubscriptionsPerConnection: number;
  /** The SPA's registered operations; enforced (clients without an API key run only those) by default in production. */
  trustedDocuments: { manifestPath: string; enforce: boolean };
  /** Other sites' origins allowed to call /graphql from a browser (CORS, with credentials) and to open its WebSocket. */
  corsOrigins: string[];
  /**
   * Host names this server answers to besides `publicUrl`'s and the loopback names (`ALLOWED_HOSTS`, lower case):
   * any other `Host` is refused, so a rebound DNS name cannot reach it.
   */
  allowedHosts: string[];
  /**
   * Partners' webhooks: whether deliveries may reach addresses that are not public (loopback, private, link-local…;
   * `WEBHOOK_ALLOW_PRIVATE_NETWORKS`, never by default: set it only to test against a receiver on this machine or
   * network), and whether endpoint URLs must be https (in production).
   */
  webhooks: { allowPrivateNetworks: boolean; httpsOnly: boolean };
  /**
   * Failed sign-ins allowed per window: few from one IP on one account, more on one account from all IPs together
   * (so a stranger cannot lock the owner out with a handful of guesses), and many from one IP over all accounts.
   */
  signInLimits: { perAccountAndIp: number; perAccount: number; perIp: number; windowSeconds: number };
  /** Requests one partner API key may make per minute (`API_KEY_RATE_LIMIT_PER_MINUTE`); browser sessions are not limited by it. */
  apiKeyRateLimitPerMinute: number;
  /** Messages: new conversations one person may open per day (`MESSAGE_NEW_CONVERSATIONS_PER_DAY`), and messages one may send per minute (`MESSAGE_RATE_LIMIT_PER_MINUTE`). */
  messageLimits: { newConversationsPerDay: number; messagesPerMinute: number };
  /**
   * Signs links in mail that act without signing in (one-click unsubscribe): `MAIL_LINK_SECRET`, required in
   * production; elsewhere a fixed development value, so links survive restarts (and anyone could forge them there).
   */
  mailLinkSecret: string;
  /**
   * Uses per hour of each door anyone can knock on that sends mail (sign-up, password reset, confirmation links), from
   * one IP address (`MAIL_DOOR_LIMIT_PER_IP`) and for one email address (`MAIL_DOOR_LIMIT_PER_ADDRESS`).
   */
  mailDoorLimits: { perIp: number; perAddress: number };
  /**
   * Signing in with OpenID Connect providers (`identity-providers-config.ts`), and whether an account may be created
   * with a password (`PASSWORD_SIGNUP=off` leaves account creation to the providers, e.g. a school's single sign-on).
   */
  signIn: { passwordSignUp: boolean; providers: IdentityProviderConfig[] };
  /**
   * Outgoing mail: kept in the dev mailbox (the database, shown by the SPA) or sent through an SMTP server
   * (`SMTP_URL`, pooled connections). `from` (`MAIL_FROM`) is the sender; its domain names each message
   * (`Message-ID: <id@domain>`). `replyTo` is `MAIL_REPLY_TO`.
   */
  mail: {
    delivery: 'dev-mailbox' | 'smtp';
    smtp: { url: string; maxConnections: number } | null;
    from: string;
    replyTo: string | undefined;
    messageIdDomain: string;
  };
  /**
   * Web Push: off (`PUSH=off`), or on with the VAPID key pair (`VAPID_PUBLIC_KEY`, `VAPID_PRIVATE_KEY`; null when not
   * configured outside production: the server makes a pair on first start and keeps it in `DATA_DIR`) and the subject
   * push services may contact (`VAPID_SUBJECT`, by default a mailto: of `MAIL_FROM`'s address).
   */
  push: { enabled: false } | { enabled: true; keys: VapidKeys | null; subject: string; allowPrivateNetworks: boolean };
  /**
   * Passkeys: the relying party id (`WEBAUTHN_RP_ID`, by default `PUBLIC_URL`'s host name) and the one origin whose
   * pages may use them (`PUBLIC_URL`'s). A passkey belongs to its relying party id: changing it orphans every passkey.
   */
  webauthn: { rpId: string; rpName: string; origin: string };
  /** Taxes and invoices: `platform/tax-config.ts`. */
  tax: TaxConfig;
};

/** The development value of `MAIL_LINK_SECRET`: public, so production refuses to start without its own. */
const developmentMailLinkSecret = 'skillcall-development-mail-link-secret-not-for-production';

/** A VAPID key pair, base64url, as `web-push` takes it. */
export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment; throws a ConfigError naming every bad variable at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  const identityProviders = readIdentityProviders(env);
  // Said with the other problems, so that one start names everything to fix.
  const refusal = parsed.success
    ? mailRefusal(parsed.data, parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`)
    : URL.canParse(env.PUBLIC_URL ?? 'http://localhost')
      ? mailRefusal(
          { NODE_ENV: env.NODE_ENV ?? 'development', SMTP_URL: env.SMTP_URL, MAIL_DELIVERY: env.MAIL_DELIVERY },
          env.PUBLIC_URL ?? 'http://localhost',
        )
      : null;
  const pushProblem = pushRefusal(parsed.success ? parsed.data : env);
  const tax = readTaxConfig(env, { production: env.NODE_ENV === 'production', stripe: !!env.STRIPE_SECRET_KEY });
  if (!parsed.success || identityProviders.problems.length > 0 || refusal || pushProblem || !tax.tax) {
    throw new ConfigError([
      ...(parsed.error?.issues ?? []).map(
        (issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
      ),
      ...identityProviders.problems,
      ...(refusal ? [refusal] : []),
      ...(pushProblem ? [pushProblem] : []),
      ...tax.problems,
    ]);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  const mailFrom = e.MAIL_FROM ?? `Skillcall <no-reply@${new URL(publicUrl).hostname.replace(/^\[|\]$/g, '')}>`;
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dbPoolSize: e.DB_POOL_SIZE,
    dbTimeouts: { connectSeconds: e.DB_CONNECT_TIMEOUT_SECONDS, statementMs: e.DB_STATEMENT_TIMEOUT_MS },
    logLevel: e.LOG_LEVEL,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE ?? production,
    webDistDir: e.WEB_DIST_DIR,
    seedDemoData: e.SEED_DEMO_DATA,
    trustProxy: e.TRUST_PROXY,
    meilisearch: e.MEILI_HOST ? { host: e.MEILI_HOST, apiKey: e.MEILI_API_KEY } : null,
    searchExactCountUpTo: e.SEARCH_EXACT_COUNT_UP_TO,
    jobConcurrency: e.JOB_CONCURRENCY,
    jobLocks: {
      // With PORT=0 (tests) two instances of one host could share a name: each then gets its own.
      instanceId: e.INSTANCE_ID ?? (e.PORT === 0 ? `${os.hostname()}:${randomUUID()}` : `${os.hostname()}:${e.PORT}`),
      timeoutSeconds: e.JOB_LOCK_TIMEOUT_SECONDS,
    },
    platformFeeBasisPoints:
      e.PLATFORM_FEE_BASIS_POINTS ?? (e.PLATFORM_FEE_PERCENT ? percentToBasisPoints(e.PLATFORM_FEE_PERCENT) : defaultFeeBasisPoints),
    exchangeRates: { reportingCurrency: e.REPORTING_CURRENCY, ecbUrl: e.ECB_RATES_URL === 'off' ? null : e.ECB_RATES_URL },
    stripe:
      e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET ? { secretKey: e.STRIPE_SECRET_KEY, webhookSecret: e.STRIPE_WEBHOOK_SECRET } : null,
    refundReview: { after: e.REFUND_REVIEW_AFTER, windowDays: e.REFUND_REVIEW_WINDOW_DAYS },
    ice: {
      servers: e.ICE_SERVERS ?? [],
      turn:
        e.TURN_URLS && e.TURN_SECRET
          ? {
              urls: e.TURN_URLS.split(',')
                .map((url) => url.trim())
                .filter(Boolean),
              secret: e.TURN_SECRET,
              ttlSeconds: e.TURN_CREDENTIAL_TTL_SECONDS,
            }
          : null,
    },
    recordings: {
      maxChunkBytes: e.RECORDING_MAX_CHUNK_BYTES,
      s3:
        e.RECORDING_STORAGE === 's3'
          ? {
              bucket: e.S3_BUCKET!,
              region: e.S3_REGION,
              prefix: e.S3_PREFIX,
              endpoint: e.S3_ENDPOINT,
              forcePathStyle: e.S3_FORCE_PATH_STYLE,
              credentials:
                e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
                  ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY }
                  : undefined,
            }
          : null,
    },
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      introspection: !production,
    },
    wsMaxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
    wsMaxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    trustedDocuments: {
      manifestPath: e.TRUSTED_DOCUMENTS_MANIFEST,
      enforce: (e.TRUSTED_DOCUMENTS ?? (production ? 'enforce' : 'off')) === 'enforce',
    },
    corsOrigins: e.CORS_ORIGINS,
    allowedHosts: e.ALLOWED_HOSTS,
    webhooks: { allowPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE_NETWORKS, httpsOnly: production },
    signInLimits: {
      perAccountAndIp: e.SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT_AND_IP,
      perAccount: e.SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT,
      perIp: e.SIGN_IN_MAX_ATTEMPTS_PER_IP,
      windowSeconds: e.SIGN_IN_WINDOW_SECONDS,
    },
    apiKeyRateLimitPerMinute: e.API_KEY_RATE_LIMIT_PER_MINUTE,
    messageLimits: { newConversationsPerDay: e.MESSAGE_NEW_CONVERSATIONS_PER_DAY, messagesPerMinute: e.MESSAGE_RATE_LIMIT_PER_MINUTE },
    mailLinkSecret: e.MAIL_LINK_SECRET ?? developmentMailLinkSecret,
    mailDoorLimits: { perIp: e.MAIL_DOOR_LIMIT_PER_IP, perAddress: e.MAIL_DOOR_LIMIT_PER_ADDRESS },
    signIn: { passwordSignUp: e.PASSWORD_SIGNUP === 'on', providers: identityProviders.providers },
    mail: {
      delivery: e.SMTP_URL ? 'smtp' : 'dev-mailbox',
      smtp: e.SMTP_URL ? { url: e.SMTP_URL, maxConnections: e.SMTP_MAX_CONNECTIONS } : null,
      from: mailFrom,
      replyTo: e.MAIL_REPLY_TO,
      messageIdDomain: domainOf(mailFrom),
    },
    push:
      e.PUSH === 'off'
        ? { enabled: false }
        : {
            enabled: true,
            keys: e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY } : null,
            subject: e.VAPID_SUBJECT ?? `mailto:${/<?([^<>\s]+@[^<>\s]+?)>?$/.exec(mailFrom)![1]}`,
            allowPrivateNetworks: e.PUSH_ALLOW_PRIVATE_NETWORKS,
          },
    webauthn: {
      rpId: e.WEBAUTHN_RP_ID ?? publicUrlOf(e).hostname,
      rpName: 'Skillcall',
      origin: publicUrlOf(e).origin,
    },
    tax: tax.tax!,
  };
}
