/** The identity module's background job: the password reset mail, written off the request (see requestPasswordReset). */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

/** Sends a reset link if an account uses the address; nothing otherwise. */
export const passwordResetMailJob = defineJob({
  id: 'identity:password-reset-mail',
  schema: z.object({ email: z.string().min(1).max(254) }),
  handler: async () => (await import('./password-reset.mail.js')).sendPasswordResetMail,
});
