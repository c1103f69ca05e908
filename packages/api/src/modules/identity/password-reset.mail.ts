/** The password reset link, written by a job so that the request does the same work whether the account exists. */
import { inTransaction, type Context } from '../../platform/context';
import { sendEmail } from '../notifications/notifications.service';
import { findUserByEmail, insertPasswordResetToken } from './identity.queries';
import { passwordResetTtlMinutes } from './identity.policy';
import { newSecretToken } from './tokens';

export async function sendPasswordResetMail(ctx: Context, { email }: { email: string }): Promise<void> {
  const row = await findUserByEmail(ctx.db, email);
  if (!row || row.deletedAt) return;
  const now = ctx.clock.now();
  const { token, tokenHash } = newSecretToken();
  const url = `${ctx.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  // The link and its mail together: a run that dies between them leaves neither.
  await inTransaction(ctx, async (tx) => {
    await insertPasswordResetToken(tx.db, {
      tokenHash,
      userId: row.id,
      now,
      expiresAt: new Date(now.getTime() + passwordResetTtlMinutes * 60_000),
    });
    await sendEmail(tx, {
      to: row.email,
      locale: row.locale,
      template: 'passwordReset',
      params: { name: row.displayName, url, minutes: passwordResetTtlMinutes },
      metadata: { resetUrl: url },
    });
  });
}
