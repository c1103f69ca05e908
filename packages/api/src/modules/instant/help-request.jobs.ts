/** Instant help's background job: a ringing request that was not answered in time lapses. */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

export const helpRequestLapseJob = defineJob({
  id: 'help-requests:lapse',
  schema: z.object({ requestId: z.uuid(), ringingSince: z.iso.datetime() }),
  handler: async () => (await import('./help-request.service.js')).lapseHelpRequest,
});
