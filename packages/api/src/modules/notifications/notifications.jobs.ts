/** The delivery of one queued message (`outgoing_mail` row), queued by `sendEmail` in the transaction that causes it. */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';
import { pushPayloadSchema } from './push.policy';

export const deliverMailJob = defineJob({
  id: 'notifications:deliver',
  schema: z.object({ mailId: z.uuid() }),
  handler: async () => {
    const { deliverMail } = await import('./mail.delivery.js');
    return (ctx, { mailId }, run) => deliverMail(ctx, mailId, run);
  },
});

/**
 * One push notification to one account's devices (`push.delivery.ts`), queued by `queuePush` in the transaction that
 * causes it. `deviceIds` narrows a later attempt to the devices whose push service failed, so the others do not get it
 * twice; `attempt` counts those attempts.
 */
export const deliverPushJob = defineJob({
  id: 'notifications:push',
  schema: z.object({
    userId: z.uuid(),
    eventKey: z.string().min(1),
    payload: pushPayloadSchema,
    deviceIds: z.array(z.uuid()).optional(),
    attempt: z.number().int().min(1),
  }),
  handler: async () => (await import('./push.delivery.js')).deliverPush,
});
