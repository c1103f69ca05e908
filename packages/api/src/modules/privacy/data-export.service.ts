/**
 * "Export my data": the person asks (one export in preparation at a time), a job builds the ZIP and stores it in the
 * database (any instance serves the download), an email says it is ready, and 48 hours later a job deletes the file.
 */
import { DateTime } from 'luxon';
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { enqueue } from '../../platform/jobs/queue';
import { findRecipient } from '../identity/identity.service';
import { sendEmail } from '../notifications/notifications.service';
import { buildArchive } from './data-export.archive';
import { collectExport } from './data-export.collect';
import {
  deleteExportFile,
  findExport,
  findExportFile,
  findRequestedExport,
  insertExportFile,
  insertRequestedExport,
  latestExportsOf,
  updateExport,
} from './data-export.queries';
import { buildExportJob, expireExportJob, exportReadyJob } from './data-export.jobs';
import type { DataExportRow } from './data-export.table';
import { DataExport, DataExportStatus, RequestDataExportPayload } from './privacy.types';

/** How long a ready export can be downloaded. */
export const exportLifetimeMs = 48 * 3_600_000;
/** How many exports `myDataExports` lists. */
const listedExports = 5;

/** Whether the export can be downloaded now (the expiry job may not have run yet when its time is up). */
const downloadable = (ctx: Context, row: DataExportRow) => row.status === 'READY' && !!row.expiresAt && row.expiresAt > ctx.clock.now();

export const downloadPath = (id: string) => `/data-exports/${id}/download`;

function toDataExport(ctx: Context, row: DataExportRow): DataExport {
  const expired = row.status === 'READY' && !downloadable(ctx, row);
  return Object.assign(new DataExport(), {
    id: row.id,
    status: expired ? DataExportStatus.EXPIRED : DataExportStatus[row.status],
    requestedAt: row.requestedAt,
    readyAt: row.readyAt,
    expiresAt: row.expiresAt,
    sizeBytes: row.sizeBytes,
    downloadUrl: downloadable(ctx, row) ? downloadPath(row.id) : null,
  });
}

export async function requestDataExport(ctx: SignedInContext): Promise<RequestDataExportPayload> {
  const viewer = ctx.viewer;
  const row = await inTransaction(ctx, async (tx) => {
    const created = await insertRequestedExport(tx.db, viewer.userId, tx.clock.now());
    if (created) await enqueue(tx.db, buildExportJob, { exportId: created.id });
    return created ?? (await findRequestedExport(tx.db, viewer.userId))!;
  });
  return Object.assign(new RequestDataExportPayload(), { dataExport: toDataExport(ctx, row) });
}

export async function myDataExports(ctx: SignedInContext): Promise<DataExport[]> {
  const viewer = ctx.viewer;
  return (await latestExportsOf(ctx.db, viewer.userId, listedExports)).map((row) => toDataExport(ctx, row));
}

/** The job: collects the person's data, stores the ZIP and marks the export ready; the email and the expiry are queued with it. */
export async function buildDataExport(ctx: Context, exportId: string): Promise<void> {
  const row = await findExport(ctx.db, exportId);
  if (!row || row.status !== 'REQUESTED') return;
  let archive: Buffer;
  try {
    archive = buildArchive(await collectExport(ctx, row.userId), ctx.clock.now());
  } catch (error) {
    ctx.logger.error({ err: error, exportId }, 'a data export could not be built');
    await updateExport(ctx.db, exportId, { status: 'FAILED' });
    return;
  }
  await inTransaction(ctx, async (tx) => {
    const current = await findExport(tx.db, exportId, true);
    if (current?.status !== 'REQUESTED') return;
    const readyAt = tx.clock.now();
    const expiresAt = new Date(readyAt.getTime() + exportLifetimeMs);
    await insertExportFile(tx.db, exportId, archive);
    await updateExport(tx.db, exportId, { status: 'READY', readyAt, expiresAt, sizeBytes: archive.length });
    await enqueue(tx.db, exportReadyJob, { exportId });
    await enqueue(tx.db, expireExportJob, { exportId }, { jobKey: `data-export-expiry:${exportId}`, runAt: expiresAt });
  });
}

/** The job after an export is ready: tells its owner, in their language, until when it can be downloaded. */
export async function sendExportReady(ctx: Context, exportId: string): Promise<void> {
  const row = await findExport(ctx.db, exportId);
  const recipient = row?.status === 'READY' && row.expiresAt ? await findRecipient(ctx, row.userId) : null;
  if (!row || !recipient) return;
  const until = DateTime.fromJSDate(row.expiresAt!, { zone: recipient.timeZone })
    .setLocale(recipient.locale)
    .toLocaleString(DateTime.DATETIME_FULL);
  await sendEmail(ctx, {
    to: recipient.email,
    locale: recipient.locale,
    template: 'dataExportReady',
    params: { name: recipient.displayName, until, zone: recipient.timeZone, url: `${ctx.config.publicUrl}/account#your-data` },
    metadata: { dataExportId: row.id },
  });
}

/** The job at `expires_at`: the file goes and the export is marked EXPIRED. */
export async function expireDataExport(ctx: Context, exportId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await findExport(tx.db, exportId, true);
    if (!row || row.status !== 'READY' || !row.expiresAt || row.expiresAt > tx.clock.now()) return;
    await deleteExportFile(tx.db, exportId);
    await updateExport(tx.db, exportId, { status: 'EXPIRED' });
  });
}

export type DownloadOutcome = { kind: 'FILE'; content: Buffer; filename: string } | { kind: 'NOT_FOUND' } | { kind: 'GONE' };

/**
 * The ZIP for its owner while it is ready; GONE once expired; NOT_FOUND for anyone else. The route reads the viewer
 * from the session cookie only (plain HTTP routes never accept API keys) and answers 401 without one.
 */
export async function dataExportDownload(ctx: SignedInContext, exportId: string): Promise<DownloadOutcome> {
  const viewer = ctx.viewer;
  if (!z.uuid().safeParse(exportId).success) return { kind: 'NOT_FOUND' };
  const row = await findExport(ctx.db, exportId);
  if (!row || row.userId !== viewer.userId || row.status === 'REQUESTED' || row.status === 'FAILED') return { kind: 'NOT_FOUND' };
  if (!downloadable(ctx, row)) return { kind: 'GONE' };
  const content = await findExportFile(ctx.db, row.id);
  if (!content) return { kind: 'GONE' };
  return { kind: 'FILE', content, filename: `skillcall-export-${row.readyAt!.toISOString().slice(0, 10)}.zip` };
}
