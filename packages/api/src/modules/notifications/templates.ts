/**
 * Every mail in every UI language, as a subject, a plain-text part and an HTML part.
 *
 * - Words: i18next, like the SPA, one file per language (`mail-templates/strings.*.ts`; French must have every key
 *   English has, or the build fails). Callers pass parameters already formatted for the reader: dates and times in
 *   the recipient's language and time zone, amounts with `formatMoneyIn(money, locale)`.
 * - Layout: each family (`account`, `applications`, `bookings`, `billing`) says which strings a template shows where:
 *   paragraphs, quoted words, details (when, zone, amount), the one button, what comes after it. That gives one value,
 *   `MailContent`, in the reader's language.
 * - HTML: React Email components render that value (`mail-templates/mail-message.tsx` in `layout.tsx`). React escapes
 *   whatever a user wrote.
 * - Plain text: laid out from the same value (`plain-text.ts`), not converted back from the HTML (React Email's
 *   `toPlainText`). Both parts come from one set of strings, so they cannot drift, and the text stays what a reader
 *   of text wants: the button becomes "label: address", which an HTML-to-text conversion cannot word in the reader's
 *   language, and no layout residue (preview padding, table cells) leaks into it.
 *
 * Adding a template: its strings in both languages, and its builder in its family's file.
 */
import type { Locale } from '../identity/identity.policy';
import { accountMails } from './mail-templates/account';
import { applicationMails } from './mail-templates/applications';
import { billingMails } from './mail-templates/billing';
import { bookingMails } from './mail-templates/bookings';
import { MailWriter, type MailBuilder, type MailParams, type MailTemplate } from './mail-templates/content';
import { toPlainText } from './mail-templates/plain-text';

export { mailPhrase, type MailPhrase, type MailTemplate } from './mail-templates/content';

const builders = { ...accountMails, ...applicationMails, ...bookingMails, ...billingMails } satisfies Record<MailTemplate, MailBuilder>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** `unsubscribeUrl`: the one-click link for mail that is not strictly transactional; the footer shows it. */
export async function renderMail(
  template: MailTemplate,
  locale: Locale,
  params: MailParams,
  options: { unsubscribeUrl?: string } = {},
): Promise<RenderedMail> {
  const writer = new MailWriter(template, locale, params);
  const content = writer.write(builders[template](writer), options.unsubscribeUrl);
  const { toHtml } = await import('./mail-templates/html.js');
  return { subject: content.subject, text: toPlainText(content), html: await toHtml(content) };
}

/** Every template, for the rules that must cover them all (each belongs to a notification kind: `notification-kinds.ts`). */
export const mailTemplates = Object.keys(builders) as MailTemplate[];
