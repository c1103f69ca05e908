/** The ports whose adapter is chosen at startup from configuration. */
import type { Config } from './platform/config';
import type { DbHandle } from './platform/db/client';
import { createPostgresEventBus, type EventBus } from './platform/events';
import type { Logger } from './platform/logger';
import { createAttemptLimiter, createRequestLimiter, type AttemptLimiter, type RequestLimiter } from './platform/rate-limit';
import type { Mailer } from './modules/notifications/mailer';
import type { SearchEngine } from './modules/search/search.port';
import { MeilisearchEngine } from './modules/search/meilisearch-engine';
import { PostgresSearchEngine } from './modules/search/postgres-engine';
import { RecordingMailer } from './modules/notifications/recording-mailer';
import { SmtpMailer } from './modules/notifications/smtp-mailer';
import type { PaymentProvider } from './modules/billing/payment.port';
import { OfflinePaymentProvider } from './modules/billing/offline-provider';
import { StripePaymentProvider } from './modules/billing/stripe-provider';
import { LocalRecordingStorage, type RecordingStorage } from './modules/sessions/recording-storage';
import { S3RecordingStorage } from './modules/sessions/s3-recording-storage';
import { mailDoors, mailDoorWindowSeconds, type MailDoor } from './modules/identity/identity.policy';
import type { PushSender } from './modules/notifications/push-sender';
import { vapidKeysOf } from './modules/notifications/vapid-keys';
import { WebPushSender } from './modules/notifications/web-push-sender';
import type { VatNumberVerifier } from './modules/tax/vies.port';
import { ChecksumVerifier } from './modules/tax/vies.port';
import { ViesClient } from './modules/tax/vies-client';
import { OfflineTaxCalculator, type TaxCalculator } from './modules/tax/tax.port';
import { StripeTaxCalculator } from './modules/tax/stripe-tax';
import path from 'node:path';
import type postgres from 'postgres';

export interface Adapters {
  /** SMTP when `SMTP_URL` is set; otherwise mail stays in the dev mailbox. */
  mailer: Mailer;
  search: SearchEngine;
  /** Stripe when its keys are set; the offline provider (no real money) otherwise. */
  payments: PaymentProvider;
  /** Live events for subscriptions, shared by every instance through PostgreSQL. */
  events: EventBus;
  /** Web Push with the configured VAPID keys (or the pair kept in `DATA_DIR`); null with `PUSH=off`. */
  push: PushSender | null;
  /** Where session recordings are kept: an S3-compatible bucket when configured, else local disk. */
  recordings: RecordingStorage;
  /** VAT numbers: the EU VIES service with `VAT_NUMBER_CHECK=vies` (production's default), else the checksum stand-in. */
  vatNumbers: VatNumberVerifier;
  /** Stripe Tax with `STRIPE_TAX=on` and the Stripe keys; otherwise the offline rates table. */
  taxes: TaxCalculator;
  limiters: {
    signInPerAccountAndIp: AttemptLimiter;
    signInPerAccount: AttemptLimiter;
    signInPerIp: AttemptLimiter;
    /** The anonymous doors that send mail (sign-up, password reset, confirmation links): requests per IP and per address. */
    mailDoors: Record<MailDoor, { perIp: RequestLimiter; perAddress: RequestLimiter }>;
    /** Requests per partner API key and minute. */
    apiKeyRequests: RequestLimiter;
    /** Conversations one person opens per day, and messages one sends per minute. */
    newConversations: RequestLimiter;
    messages: RequestLimiter;
  };
}

export async function createAdapters(config: Config, database: DbHandle, logger: Logger): Promise<Adapters> {
  const { perAccountAndIp, perAccount, perIp, windowSeconds } = config.signInLimits;
  const vapidKeys = vapidKeysOf(config);
  return {
    mailer: config.mail.smtp ? new SmtpMailer(config.mail.smtp) : new RecordingMailer(),
    search: config.meilisearch
      ? await MeilisearchEngine.connect(
          { host: config.meilisearch.host, apiKey: config.meilisearch.apiKey },
          { exactCountUpTo: config.searchExactCountUpTo },
        )
      : new PostgresSearchEngine(database.db, { exactCountUpTo: config.searchExactCountUpTo }),
    payments: config.stripe
      ? new StripePaymentProvider({ secretKey: config.stripe.secretKey })
      : new OfflinePaymentProvider(database.db, config.publicUrl),
    events: await createPostgresEventBus(database.sql, logger),
    push: vapidKeys && config.push.enabled ? new WebPushSender(vapidKeys, config.push.subject, config.push.allowPrivateNetworks) : null,
    recordings: config.recordings.s3
      ? new S3RecordingStorage(config.recordings.s3)
      : new LocalRecordingStorage(path.join(config.dataDir, 'recordings')),
    vatNumbers:
      config.tax.vatNumberCheck.mode === 'vies'
        ? new ViesClient({ url: config.tax.vatNumberCheck.viesUrl, timeoutMs: config.tax.vatNumberCheck.timeoutMs })
        : new ChecksumVerifier(),
    taxes:
      config.tax.stripeTax && config.stripe ? new StripeTaxCalculator({ secretKey: config.stripe.secretKey }) : new OfflineTaxCalculator(),
    limiters: {
      signInPerAccountAndIp: createAttemptLimiter(database.sql, {
        name: 'sign-in-account-ip',
        maxFailures: perAccountAndIp,
        windowSeconds,
      }),
      signInPerAccount: createAttemptLimiter(database.sql, { name: 'sign-in-account', maxFailures: perAccount, windowSeconds }),
      signInPerIp: createAttemptLimiter(database.sql, { name: 'sign-in-ip', maxFailures: perIp, windowSeconds }),
      mailDoors: mailDoorLimiters(database.sql, config.mailDoorLimits),
      apiKeyRequests: createRequestLimiter(database.sql, { name: 'api-key', limit: config.apiKeyRateLimitPerMinute, windowSeconds: 60 }),
      newConversations: createRequestLimiter(database.sql, {
        name: 'new-conversations',
        limit: config.messageLimits.newConversationsPerDay,
        windowSeconds: 86_400,
      }),
      messages: createRequestLimiter(database.sql, { name: 'messages', limit: config.messageLimits.messagesPerMinute, windowSeconds: 60 }),
    },
  };
}

function mailDoorLimiters(sql: postgres.Sql, limits: Config['mailDoorLimits']): Adapters['limiters']['mailDoors'] {
  const limiter = (door: MailDoor, by: 'ip' | 'address', limit: number) =>
    createRequestLimiter(sql, { name: `mail-door-${door}-${by}`, limit, windowSeconds: mailDoorWindowSeconds });
  return Object.fromEntries(
    mailDoors.map((door) => [door, { perIp: limiter(door, 'ip', limits.perIp), perAddress: limiter(door, 'address', limits.perAddress) }]),
  ) as Adapters['limiters']['mailDoors'];
}
