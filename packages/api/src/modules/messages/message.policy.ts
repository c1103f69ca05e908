/**
 * Pure rules of messages: who may write (one function, `writeRefusal`), the message input, and the links to
 * Skillcall's own offering and slot pages that become cards (they are the only links the contact filter lets through).
 */
import { z } from 'zod';
import { refuseContactDetails } from '../../platform/text/public-text';

export const maxMessageLength = 2000;
export const maxImagesPerMessage = 4;
export const maxImageBytes = 5 * 1024 * 1024;
/** Uploaded images are scaled down to fit this many pixels a side, and refused above this many pixels in all. */
export const maxImageSide = 2048;
export const maxImagePixels = 50_000_000;
export const acceptedImageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** At most one mail per conversation and recipient in this window. */
export const mailBatchMinutes = 15;
/** Messages on each side of a reported one that go to the moderators with it. */
export const reportContextEach = 5;

export type Side = 'USER' | 'EXPERT';
export type WriteRefusal = 'EXPERT_FIRST_CONTACT' | 'BLOCKED' | 'OWN_PROFILE' | 'NOT_FOUND' | 'EXPERT_UNAVAILABLE' | 'UNVERIFIED';

export interface WriteFacts {
  /** The writer's side; null when the writer is neither side of the conversation. */
  side: Side | null;
  /** The writer is both the user and the expert. */
  self: boolean;
  verified: boolean;
  expertActive: boolean;
  /** The pair's conversation exists (a user started it, or the expert's follow-up). */
  conversationExists: boolean;
  /** Either side blocked the other. */
  blocked: boolean;
  /** The user booked with the expert before. */
  bookedBefore: boolean;
}

/**
 * Who may write: a verified user to any active expert; an expert in a conversation that exists (a user started it,
 * or it was their follow-up) or, first, only to someone who booked with them before; nobody once either side blocked.
 */
export function writeRefusal(f: WriteFacts): WriteRefusal | null {
  if (f.side === null) return 'NOT_FOUND';
  if (f.self) return 'OWN_PROFILE';
  if (!f.verified) return 'UNVERIFIED';
  if (!f.expertActive) return 'EXPERT_UNAVAILABLE';
  if (f.blocked) return 'BLOCKED';
  if (f.side === 'EXPERT' && !f.conversationExists && !f.bookedBefore) return 'EXPERT_FIRST_CONTACT';
  return null;
}

export const refusalMessages: Record<Exclude<WriteRefusal, 'UNVERIFIED'>, string> = {
  EXPERT_FIRST_CONTACT: 'Experts write first only to people who booked with them before.',
  BLOCKED: 'This conversation is blocked: no new messages can be sent.',
  OWN_PROFILE: 'You cannot write to yourself.',
  NOT_FOUND: 'No such conversation, expert or person.',
  EXPERT_UNAVAILABLE: 'This expert cannot receive messages now.',
};

export interface OwnLink {
  url: string;
  expertSlug: string;
  offeringSlug: string;
  slotStartsAt: Date | null;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Links to Skillcall's own offering pages (`<PUBLIC_URL>/experts/<expert>/<offering>`, optionally `?slot=<ISO instant>`). */
export function findOwnLinks(text: string, publicUrl: string): OwnLink[] {
  const origin = new URL(publicUrl).origin;
  const pattern = new RegExp(`${escape(origin)}/experts/([a-z0-9-]+)/([a-z0-9-]+)/?(\\?slot=([0-9T:.Z%-]+))?`, 'gi');
  return [...text.matchAll(pattern)].map((m) => {
    const slot = m[4] ? new Date(decodeURIComponent(m[4])) : null;
    return {
      url: m[0],
      expertSlug: m[1]!.toLowerCase(),
      offeringSlug: m[2]!.toLowerCase(),
      slotStartsAt: slot && !Number.isNaN(slot.getTime()) ? slot : null,
    };
  });
}

/** The text the contact filter reads: Skillcall's own links taken out (they are cards, not a way out). */
export const withoutOwnLinks = (text: string, publicUrl: string) =>
  findOwnLinks(text, publicUrl).reduce((rest, link) => rest.replace(link.url, ' '), text);

/** A message's text: up to 2,000 characters, no contact details (Skillcall's own links excepted). */
export function messageBodySchema(publicUrl: string, required: boolean) {
  const base = z.string().trim().max(maxMessageLength);
  return (required ? base.min(1) : base).superRefine((text, ctx) => refuseContactDetails(withoutOwnLinks(text, publicUrl), ctx));
}

/** A message: one target, a text (required unless images come with it), at most four images. */
export function sendMessageSchema(publicUrl: string, withImages: boolean) {
  return z
    .object({
      conversationId: z.uuid().optional(),
      expertId: z.uuid().optional(),
      userId: z.uuid().optional(),
      imageIds: z.array(z.uuid()).max(maxImagesPerMessage).optional(),
      body: messageBodySchema(publicUrl, !withImages),
    })
    .superRefine((input, ctx) => {
      const targets = [input.conversationId, input.expertId, input.userId].filter((v) => v !== undefined).length;
      if (targets !== 1)
        ctx.addIssue({ code: 'custom', path: ['conversationId'], message: 'Give one of conversationId, expertId or userId.' });
    });
}

export const reportReasonSchema = z.object({ messageId: z.uuid(), reason: z.string().trim().min(1).max(1000) });

/** The median of reply delays, in whole minutes (rounded up); null when there are fewer than `atLeast`. */
export function medianMinutes(delaysMs: number[], atLeast: number): number | null {
  if (delaysMs.length < atLeast) return null;
  const sorted = [...delaysMs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.max(1, Math.ceil(median / 60_000));
}
