/** The data export's background jobs: building the archive, announcing it, and deleting it when it expires. */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

const exportPayload = z.object({ exportId: z.uuid() });

export const buildExportJob = defineJob({
  id: 'privacy:export',
  schema: exportPayload,
  handler: async () => {
    const { buildDataExport } = await import('./data-export.service.js');
    return (ctx, { exportId }) => buildDataExport(ctx, exportId);
  },
});

export const exportReadyJob = defineJob({
  id: 'privacy:export-ready',
  schema: exportPayload,
  handler: async () => {
    const { sendExportReady } = await import('./data-export.service.js');
    return (ctx, { exportId }) => sendExportReady(ctx, exportId);
  },
});

export const expireExportJob = defineJob({
  id: 'privacy:expire-export',
  schema: exportPayload,
  handler: async () => {
    const { expireDataExport } = await import('./data-export.service.js');
    return (ctx, { exportId }) => expireDataExport(ctx, exportId);
  },
});
