/**
 * Images sent with messages: an upload is read from its bytes by `sharp` (the Content-Type header is not trusted),
 * re-encoded in its own format, turned upright by its EXIF orientation, stripped of every metadata (sharp keeps none
 * unless asked) and capped at `maxImageSide` pixels a side, then kept in the recordings' storage under
 * `message-image-<id>` (local disk or S3, and erased with the person: see `message.privacy.ts`). The uploader sees
 * an unsent image; once sent, the two participants of its conversation do.
 */
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import type { Context, SignedInContext } from '../../platform/context';
import { unverifiedRefusal } from '../identity/email-verification.service';
import { type acceptedImageTypes, maxImageSide, maxImagePixels } from './message.policy';
import { findImageWithConversation, insertImage } from './message.queries';
import { ownConversation } from './message.service';

export type ImageRefusal = 'UNSUPPORTED_TYPE' | 'INVALID' | 'EMAIL_NOT_VERIFIED';

export const imageStorageKey = (id: string) => `message-image-${id}`;

const formats: Record<string, (typeof acceptedImageTypes)[number]> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** Re-encodes and stores an upload; returns its id, or why it was refused. */
export async function storeMessageImage(ctx: SignedInContext, bytes: Buffer): Promise<{ id: string } | { refused: ImageRefusal }> {
  if (await unverifiedRefusal(ctx)) return { refused: 'EMAIL_NOT_VERIFIED' };
  const format = await sharp(bytes)
    .metadata()
    .then((m) => m.format)
    .catch(() => undefined);
  const contentType = format ? formats[format] : undefined;
  if (!contentType) return { refused: 'UNSUPPORTED_TYPE' };
  const encoded = await sharp(bytes, { limitInputPixels: maxImagePixels })
    .rotate()
    .resize({ width: maxImageSide, height: maxImageSide, fit: 'inside', withoutEnlargement: true })
    .toFormat(format as 'jpeg' | 'png' | 'webp')
    .toBuffer({ resolveWithObject: true })
    .catch(() => null);
  if (!encoded) return { refused: 'INVALID' };
  const row = await insertImage(ctx.db, {
    uploaderId: ctx.viewer.userId,
    contentType,
    width: encoded.info.width,
    height: encoded.info.height,
    at: ctx.clock.now(),
  });
  const key = imageStorageKey(row.id);
  await ctx.adapters.recordings.append(key, 0, encoded.data);
  await ctx.adapters.recordings.seal(key, 1);
  return { id: row.id };
}

/** The image for the viewer (its uploader before it is sent, the conversation's two participants after), or null. */
export async function viewableMessageImage(ctx: Context, id: string): Promise<{ contentType: string; stream: Readable } | null> {
  if (!ctx.viewer || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const found = await findImageWithConversation(ctx.db, id);
  if (!found) return null;
  const allowed = found.conversationId
    ? (await ownConversation(ctx, found.conversationId)) !== null
    : found.image.messageId === null && found.image.uploaderId === ctx.viewer.userId;
  if (!allowed) return null;
  return { contentType: found.image.contentType, stream: await ctx.adapters.recordings.read(imageStorageKey(id)) };
}
