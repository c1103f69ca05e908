/**
 * Text another person reads (profiles, offerings, reviews and replies, chat, help requests, cancellation and refund
 * reasons, display names) goes through this one refinement: contact details found by `findContactDetails` are
 * refused with the CONTACT_DETAILS field error. Experts never solicit users, and users reach experts through
 * Skillcall only.
 */
import type { z } from 'zod';
import { FieldErrorCode, fieldCode } from '../graphql/domain-error';
import { findContactDetails, type ContactDetailKind } from './contact-details';

const contactWords: Record<ContactDetailKind, string> = {
  EMAIL: 'an email address',
  PHONE: 'a phone number',
  LINK: 'a link',
  MESSAGING: 'a messaging app or social handle',
};

/** Adds the CONTACT_DETAILS issue when `text` carries contact details. */
export function refuseContactDetails(text: string, ctx: z.RefinementCtx) {
  const kinds = findContactDetails(text);
  if (kinds.length === 0) return;
  ctx.addIssue({
    code: 'custom',
    message: `Remove ${kinds.map((kind) => contactWords[kind]).join(' and ')}: people reach each other through Skillcall only.`,
    ...fieldCode(FieldErrorCode.CONTACT_DETAILS),
  });
}

/** `schema` (a trimmed, length-checked string) that also refuses contact details. */
export const publicText = <S extends z.ZodType<string>>(schema: S) => schema.superRefine(refuseContactDetails);
