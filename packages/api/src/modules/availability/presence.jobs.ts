/** Presence's background job: an expert went offline, so the instant-help queue they held is closed. */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

export const expertWentOfflineJob = defineJob({
  id: 'presence:offline',
  schema: z.object({ expertId: z.uuid() }),
  handler: async () => {
    const { closeQueueOf } = await import('../instant/help-request.service.js');
    return (ctx, { expertId }) => closeQueueOf(ctx, expertId);
  },
});
