/**
 * The `notifications:push` job: one notification to each of an account's devices through the push sender (web-push).
 * A device whose push service answers 404 or 410 is gone: its row is removed. Devices whose service failed otherwise
 * get another attempt later (`pushRetryDelayMs`), by a new job naming only them, so devices already reached are not
 * pushed twice; no attempt is made once the notification outlived its time to live (a help-now request a minute old).
 */
import type { Context } from '../../platform/context';
import type { JobRun } from '../../platform/jobs/job-definition';
import { enqueue } from '../../platform/jobs/queue';
import { deliverPushJob } from './notifications.jobs';
import { maxPushAttempts, pushDeliveryOf, pushJobKey, pushRetryDelayMs, pushTopicOf, type PushPayload } from './push.policy';
import { deleteGonePushDevice, markPushDelivered, markPushFailed, pushDevicesOf } from './push.queries';
import { pushWanted } from './preference.service';

export async function deliverPush(
  ctx: Context,
  job: { userId: string; eventKey: string; payload: PushPayload; deviceIds?: string[]; attempt: number },
  run: JobRun,
): Promise<void> {
  const sender = ctx.adapters.push;
  const { payload } = job;
  // Turned off since it was queued (or push is off on this server now): nothing goes.
  if (!sender || !(await pushWanted(ctx, job.userId, payload.kind))) return;
  const delivery = pushDeliveryOf[payload.kind];
  const now = ctx.clock.now();
  const ttlSeconds = Math.floor((payload.timestamp + delivery.ttlSeconds * 1000 - now.getTime()) / 1000);
  const log = ctx.logger.child({ job: run.id, kind: payload.kind, attempt: job.attempt });
  if (ttlSeconds <= 0) {
    log.info('push not sent: it is out of date');
    return;
  }
  const devices = (await pushDevicesOf(ctx.db, job.userId)).filter((device) => !job.deviceIds || job.deviceIds.includes(device.id));
  const message = { payload: JSON.stringify(payload), ttlSeconds, urgency: delivery.urgency, topic: pushTopicOf(payload.tag) };
  const outcomes = await Promise.all(devices.map(async (device) => ({ device, outcome: await sender.send(device, message) })));
  const failed: string[] = [];
  for (const { device, outcome } of outcomes) {
    if (outcome.kind === 'delivered') {
      await markPushDelivered(ctx.db, device.id, now);
    } else if (outcome.kind === 'gone') {
      await deleteGonePushDevice(ctx.db, device.id, device.endpoint);
      log.info({ deviceId: device.id, status: outcome.status }, 'push device removed: its push service says it is gone');
    } else {
      await markPushFailed(ctx.db, device.id);
      log.warn({ deviceId: device.id, status: outcome.status, reason: outcome.reason }, 'push not delivered');
      failed.push(device.id);
    }
  }
  if (failed.length === 0 || job.attempt >= maxPushAttempts) return;
  const runAt = new Date(now.getTime() + pushRetryDelayMs(job.attempt));
  if (runAt.getTime() >= payload.timestamp + delivery.ttlSeconds * 1000) return;
  await enqueue(
    ctx.db,
    deliverPushJob,
    { ...job, deviceIds: failed, attempt: job.attempt + 1 },
    { runAt, jobKey: pushJobKey(job.eventKey, job.userId, job.attempt + 1) },
  );
}
