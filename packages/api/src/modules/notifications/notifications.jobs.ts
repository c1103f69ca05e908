/** The delivery of one queued message (`outgoing_mail` row), queued by `sendEmail` in the transaction that causes it. */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

export const deliverMailJob = defineJob({
  id: 'notifications:deliver',
  schema: z.object({ mailId: z.uuid() }),
  handler: async () => {
    const { deliverMail } = await import('./mail.delivery.js');
    return (ctx, { mailId }, run) => deliverMail(ctx, mailId, run);
  },
});
