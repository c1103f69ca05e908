/**
 * Queuing a push notification: called inside the transaction of the change that causes it (like `sendEmail`), it
 * asks `pushWanted`, renders the notice in the recipient's language and adds one `notifications:push` job for the
 * recipient, which runs after the commit and sends to each of their devices.
 */
import type { Context } from '../../platform/context';
import { enqueue } from '../../platform/jobs/queue';
import { findRecipient } from '../identity/identity.service';
import { deliverPushJob } from './notifications.jobs';
import { pushPayload, type PushNotice } from './push.messages';
import { pushJobKey } from './push.policy';
import { hasPushDevice } from './push.queries';
import { pushWanted } from './preference.service';

/**
 * Queues `notice` for the account's devices, unless push is off on this server, the account has no device or turned
 * this kind's push off. `eventKey` names the event (`help-request:<id>`, `booking:<id>:CONFIRMED:<start>`…).
 */
export async function queuePush(ctx: Context, userId: string, eventKey: string, notice: PushNotice): Promise<void> {
  if (!ctx.adapters.push || !(await hasPushDevice(ctx.db, userId))) return;
  if (!(await pushWanted(ctx, userId, notice.kind))) {
    ctx.logger.info({ kind: notice.kind, requestId: ctx.requestId }, 'push not sent: the recipient turned this kind off');
    return;
  }
  const recipient = await findRecipient(ctx, userId);
  if (!recipient) return;
  const payload = pushPayload(notice, recipient.locale, ctx.clock.now());
  await enqueue(ctx.db, deliverPushJob, { userId, eventKey, payload, attempt: 1 }, { jobKey: pushJobKey(eventKey, userId, 1) });
}
