/** The ports whose adapter is chosen at startup from configuration. */
import type { Config } from './platform/config';
import type { DbHandle } from './platform/db/client';
import { createAttemptLimiter, type AttemptLimiter } from './platform/rate-limit';
import type { Mailer } from './modules/notifications/mailer';
import { RecordingMailer } from './modules/notifications/recording-mailer';

export interface Adapters {
  mailer: Mailer;
  limiters: {
    signInPerAccountAndIp: AttemptLimiter;
    signInPerAccount: AttemptLimiter;
    signInPerIp: AttemptLimiter;
    passwordResetPerAccount: AttemptLimiter;
  };
}

export function createAdapters(config: Config, database: DbHandle): Adapters {
  const { perAccountAndIp, perAccount, perIp, windowSeconds } = config.signInLimits;
  return {
    mailer: new RecordingMailer(database.db),
    limiters: {
      signInPerAccountAndIp: createAttemptLimiter(database.sql, { name: 'sign-in-account-ip', maxFailures: perAccountAndIp, windowSeconds }),
      signInPerAccount: createAttemptLimiter(database.sql, { name: 'sign-in-account', maxFailures: perAccount, windowSeconds }),
      signInPerIp: createAttemptLimiter(database.sql, { name: 'sign-in-ip', maxFailures: perIp, windowSeconds }),
      passwordResetPerAccount: createAttemptLimiter(database.sql, { name: 'password-reset', maxFailures: 5, windowSeconds: 60 * 60 }),
    },
  };
}
