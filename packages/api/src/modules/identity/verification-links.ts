/** Email confirmation links: stored hashed (single use, 24 hours), mailed after the transaction that made them commits. */
import type { Context } from '../../platform/context';
import { sendEmail } from '../notifications/notifications.service';
import type { MailTemplate } from '../notifications/templates';
import { insertEmailVerificationToken } from './identity.queries';
import { emailVerificationTtlHours } from './identity.policy';
import type { UserRow } from './identity.table';
import { newSecretToken } from './tokens';

/** Stores a new link for `email` in the caller's transaction and returns its address (to mail after commit). */
export async function issueVerificationLink(tx: Context, userId: string, email: string): Promise<string> {
  const now = tx.clock.now();
  const { token, tokenHash } = newSecretToken();
  await insertEmailVerificationToken(tx.db, {
    tokenHash,
    userId,
    email,
    now,
    expiresAt: new Date(now.getTime() + emailVerificationTtlHours * 3_600_000),
  });
  return `${tx.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
}

/** Mails a confirmation link (`template` says which words go with it) to `to`, in the account's language. */
export async function mailVerificationLink(
  ctx: Context,
  user: Pick<UserRow, 'displayName' | 'locale'>,
  to: string,
  template: Extract<MailTemplate, 'welcomeConfirmEmail' | 'confirmEmail' | 'emailChangeConfirm'>,
  url: string,
): Promise<void> {
  await sendEmail(ctx, {
    to,
    locale: user.locale,
    template,
    params: { name: user.displayName, url, hours: emailVerificationTtlHours },
    metadata: { verifyUrl: url },
  });
}
