import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../identity/identity.policy';
import { renderMail, type MailTemplate } from './templates';

/** A display name and a title as a hostile or merely unlucky user could write them. */
const name = 'Zoé <script>alert(1)</script> & Co';
const other = 'Bob "B" O’Brien <b>';
const title = 'Pain & levain <i>';
const session = { name, other, title, when: '9 March 2048 at 09:00 CET', zone: 'Europe/Paris' };

/** Every parameter each template reads, formatted as the callers do. */
const params: Record<MailTemplate, Record<string, string | number>> = {
  welcome: { name, url: 'https://skillcall.test/' },
  welcomeConfirmEmail: { name, hours: 24, url: 'https://skillcall.test/verify-email?token=a&b=1' },
  confirmEmail: { name, hours: 24, url: 'https://skillcall.test/verify-email?token=c' },
  emailChangeConfirm: { name, hours: 24, url: 'https://skillcall.test/verify-email?token=d' },
  emailChangeRequested: { name, when: session.when, newEmail: 'new.address@example.test', url: 'https://skillcall.test/forgot-password' },
  emailChanged: { name, when: session.when, newEmail: 'new@example.test', url: 'https://skillcall.test/forgot-password' },
  passwordReset: { name, minutes: 30, url: 'https://skillcall.test/reset-password?token=a&b=1' },
  passwordChanged: { name, when: session.when, url: 'https://skillcall.test/forgot-password' },
  applicationApproved: { name, reason: 'Great <profile> & all', url: 'https://skillcall.test/experts/zoe' },
  applicationRejected: { name, reason: 'Too short', url: 'https://skillcall.test/become-an-expert' },
  applicationChangesRequested: { name, reason: 'Add a photo', url: 'https://skillcall.test/become-an-expert' },
  bookingConfirmed: { ...session, url: 'https://skillcall.test/bookings/1' },
  bookingPendingPayment: { ...session, url: 'https://skillcall.test/bookings/2' },
  bookingRescheduled: { ...session, url: 'https://skillcall.test/bookings/3' },
  bookingCancelled: { ...session, refund: 'Refund: 50% of what was paid.', url: 'https://skillcall.test/bookings/4' },
  bookingExpired: { ...session, url: 'https://skillcall.test/bookings/5' },
  bookingReminder: { ...session, soon: 'tomorrow', url: 'https://skillcall.test/bookings/6' },
  paymentReceipt: {
    ...session,
    amount: '€45.00',
    offline: 'No real money moved.',
    guarantee: 'Ask within 72 h.',
    url: 'https://skillcall.test/bookings/7',
  },
  refundRequested: { ...session, reason: 'It did <not> help', status: 'An admin reviews it.', url: 'https://skillcall.test/bookings/8' },
  refundGranted: { ...session, note: 'Sorry & thanks', url: 'https://skillcall.test/bookings/9' },
  refundDeclined: { ...session, note: '', url: 'https://skillcall.test/bookings/10' },
  dataExportReady: { name, until: '16 March 2048 at 09:00 CET', zone: 'Europe/Paris', url: 'https://skillcall.test/account#your-data' },
};

/** Every template: the record above must name each one (the compiler checks it). */
const mailTemplates = Object.keys(params) as MailTemplate[];

/** How React writes text and attribute values. */
const escaped = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;');

const unsubscribeUrl = 'https://skillcall.test/unsubscribe?token=t0k&kind=BOOKINGS';

describe.each(supportedLocales)('every mail in %s', (locale) => {
  it.each(mailTemplates)('%s: the HTML part says it in the reader’s language, with its button, and user text as text', async (template) => {
    const { subject, text, html } = await renderMail(template, locale, params[template]);
    const url = String(params[template].url);

    expect(html).toMatch(new RegExp(`<html[^>]*\\slang="${locale}"`));
    expect(html).toContain('<meta name="color-scheme" content="light dark"/>');
    expect(html).toContain(`<h1`);
    expect(html).toContain(escaped(subject));
    // The button: a link to the template's address holding its label.
    const button = new RegExp(`<a[^>]*href="${escapeRegExp(escaped(url))}"[^>]*>(?:(?!</a>)[\\s\\S])*</a>`).exec(html)?.[0];
    expect(button).toBeDefined();
    expect(button).not.toContain(escaped(url) + '</a>'); // the button shows its label, the fallback link the address
    for (const part of [subject, text, html]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain(escaped(name));
    expect(html).not.toMatch(/unsubscribe|désinscri|ne plus recevoir/i);
  });

  it.each(mailTemplates)('%s: the text part has the address and no markup of its own', async (template) => {
    const { text } = await renderMail(template, locale, params[template]);
    expect(text).toContain(String(params[template].url));
    expect(text).toContain(name); // as the user wrote it
    const withoutUserText = [name, other, title, String(params[template].reason ?? '')].reduce((rest, s) => rest.replaceAll(s, ''), text);
    expect(withoutUserText).not.toMatch(/<\/?[a-z][^>]*>|&(amp|lt|gt|quot);/i);
    expect(text).not.toMatch(/unsubscribe|ne plus recevoir/i);
  });

  it.each(mailTemplates)('%s: the unsubscribe link appears when one is given, in both parts', async (template) => {
    const { text, html } = await renderMail(template, locale, params[template], { unsubscribeUrl });
    const label = locale === 'fr' ? 'Ne plus recevoir ces e-mails' : 'Unsubscribe from these emails';
    expect(html).toMatch(new RegExp(`<a[^>]*href="${escapeRegExp(escaped(unsubscribeUrl))}"[^>]*>${label}</a>`));
    expect(text).toContain(unsubscribeUrl);
    expect(text).toContain(label);
  });
});

describe('the words', () => {
  it('greets and signs in the reader’s language', async () => {
    const en = await renderMail('bookingConfirmed', 'en', params.bookingConfirmed);
    const fr = await renderMail('bookingConfirmed', 'fr', params.bookingConfirmed);
    expect(en.text).toMatch(/^Hello Zoé/);
    expect(fr.text).toMatch(/^Bonjour Zoé/);
    expect(fr.text).toContain('Voir la réservation : https://skillcall.test/bookings/1');
    expect(fr.text).toContain('Quand : 9 March 2048 at 09:00 CET\nFuseau horaire : Europe/Paris');
    expect(fr.text).toMatch(/L’équipe Skillcall/);
    expect(fr.html).toContain('Fuseau horaire');
  });

  it('translates every template: no French subject is the English one', async () => {
    for (const template of mailTemplates) {
      const [en, fr] = await Promise.all([renderMail(template, 'en', params[template]), renderMail(template, 'fr', params[template])]);
      expect(fr.subject, template).not.toBe(en.subject);
      expect(fr.text, template).not.toBe(en.text);
    }
  });

  it('quotes a reviewer’s note only when there is one', async () => {
    const withNote = await renderMail('applicationApproved', 'en', params.applicationApproved);
    expect(withNote.html).toMatch(/<blockquote[^>]*>Great &lt;profile&gt; &amp; all<\/blockquote>/);
    expect(withNote.text).toContain('The reviewer wrote:\n\nGreat <profile> & all\n');

    const without = await renderMail('applicationApproved', 'fr', { ...params.applicationApproved, reason: '' });
    expect(without.html).not.toContain('<blockquote');
    expect(without.text).not.toContain('Le modérateur a écrit');
    expect(without.text).toContain('sont publics.\n\nVoyez votre profil public : https://skillcall.test/experts/zoe\n');
  });

  it('keeps the line breaks a person typed in a quotation', async () => {
    const { html } = await renderMail('refundRequested', 'en', { ...params.refundRequested, reason: 'First line\nsecond <line>' });
    expect(html).toMatch(/First line<br\/>second &lt;line&gt;/);
  });

  it('shows the amount of a receipt among its details, and leaves out the sentences a caller left empty', async () => {
    const { text } = await renderMail('paymentReceipt', 'en', { ...params.paymentReceipt, offline: '', guarantee: '' });
    expect(text).toContain('Amount: €45.00\nWhen: 9 March 2048 at 09:00 CET\nTime zone: Europe/Paris');
    expect(text).not.toContain('No real money');
    expect(text).not.toMatch(/\n\n\n/);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
