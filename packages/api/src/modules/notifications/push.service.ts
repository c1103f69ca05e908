/**
 * Push devices: what a browser needs to subscribe (`pushSettings`), registering and removing the viewer's devices.
 * Sending is `push.send.ts` (queued in the cause's transaction) and `push.delivery.ts` (the job).
 */
import { z } from 'zod';
import type { Context, SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { validateInput } from '../../platform/graphql/domain-error';
import { maxPushDevices, pushEndpointHash, pushEndpointProblem, registerPushDeviceSchema } from './push.policy';
import {
  countOtherPushDevices,
  deletePushDeviceByEndpoint,
  deletePushDeviceById,
  lockAccountForPushDevices,
  pushDevicesOf,
  upsertPushDevice,
} from './push.queries';
import type { PushSubscriptionRow } from './push.table';
import {
  InvalidPushEndpointError,
  PushDevice,
  PushDeviceSuccess,
  PushSettings,
  RemovePushDeviceSuccess,
  TooManyPushDevicesError,
  type RegisterPushDeviceInput,
} from './push.types';

export function pushSettings(ctx: Context): PushSettings {
  const sender = ctx.adapters.push;
  return Object.assign(new PushSettings(), { publicKey: sender?.publicKey ?? null, enabled: !!sender });
}

function toDevice(row: PushSubscriptionRow): PushDevice {
  return Object.assign(new PushDevice(), {
    id: row.id,
    endpointHash: pushEndpointHash(row.endpoint),
    label: row.label,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
  });
}

/** The viewer's own devices, oldest first (never another account's: the settings page lists them). */
export async function viewerPushDevices(ctx: Context, userId: string): Promise<PushDevice[] | null> {
  if (ctx.viewer?.userId !== userId) return null;
  return (await pushDevicesOf(ctx.db, userId)).map(toDevice);
}

/** Adds the browser's subscription to the viewer's devices, or updates it when its endpoint is known. */
export async function registerPushDevice(ctx: SignedInContext, input: RegisterPushDeviceInput) {
  if (!ctx.adapters.push) throw new AppError('NOT_FOUND', 'This server sends no push notifications.');
  const valid = validateInput(registerPushDeviceSchema, input);
  if (!valid.ok) return valid.error;
  const { endpoint, p256dh, auth, label } = valid.data;
  const problem = pushEndpointProblem(endpoint, ctx.config.nodeEnv === 'production');
  if (problem) return new InvalidPushEndpointError(problem);
  const { userId, sessionId } = ctx.viewer;
  // The device lives as long as the session registering it (push.table.ts): a viewer without one (an API key) has none.
  if (!sessionId) throw new AppError('FORBIDDEN', 'Push devices are registered by a signed-in browser.');
  return ctx.db.transaction(async (db) => {
    await lockAccountForPushDevices(db, userId);
    if ((await countOtherPushDevices(db, userId, endpoint)) >= maxPushDevices) {
      return Object.assign(new TooManyPushDevicesError(`An account may register at most ${maxPushDevices} push devices.`), {
        limit: maxPushDevices,
      });
    }
    const row = await upsertPushDevice(db, { userId, sessionId, endpoint, p256dh, auth, label: label || null, now: ctx.clock.now() });
    ctx.logger.info({ deviceId: row.id, requestId: ctx.requestId }, 'push device registered');
    return Object.assign(new PushDeviceSuccess(), { device: toDevice(row) });
  });
}

const removed = (value: boolean) => Object.assign(new RemovePushDeviceSuccess(), { removed: value });

/** The browser unsubscribed (or the person turned push off on it): its row goes. */
export async function removePushDevice(ctx: SignedInContext, endpoint: string) {
  return removed(await deletePushDeviceByEndpoint(ctx.db, ctx.viewer.userId, endpoint));
}

/** From the settings page: one of the viewer's devices, by id. */
export async function removePushDeviceById(ctx: SignedInContext, id: string) {
  if (!z.uuid().safeParse(id).success) return removed(false);
  return removed(await deletePushDeviceById(ctx.db, ctx.viewer.userId, id));
}
