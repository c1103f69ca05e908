/**
 * What one mail says, in the reader's language, before it becomes HTML or plain text. Both parts are drawn from
 * this one value (see `../templates.ts`), so they cannot say different things.
 */
import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../identity/identity.policy';
import { en } from './strings.en';
import { fr } from './strings.fr';

export type MailTemplate = keyof typeof en.templates;
export type MailPhrase = keyof typeof en.phrases;
export type MailParams = Record<string, string | number>;
/** Why the reader gets a mail of this family: the footer says it. */
export type MailFamily = keyof typeof en.footer;

export type MailBlock = { kind: 'paragraph'; text: string } | { kind: 'quote'; label?: string; text: string };

/** A label and its value, with the line the plain text shows for it (punctuation differs by language). */
export interface MailDetail {
  label: string;
  value: string;
  line: string;
}

/** What a family's builder lays out for one template; `MailWriter.write` adds the parts every mail shares. */
export interface MailParts {
  family: MailFamily;
  body: MailBlock[];
  details?: MailDetail[];
  after?: string[];
}

export type MailBuilder = (writer: MailWriter) => MailParts;

export interface MailContent {
  locale: Locale;
  brand: string;
  subject: string;
  greeting: string;
  /** Paragraphs and quoted words (a reviewer's reason, a client's complaint), in order. */
  body: MailBlock[];
  /** When, zone, amount: shown apart, under the body. */
  details: MailDetail[];
  action: { label: string; url: string; line: string; fallback: string };
  /** Paragraphs after the button (e.g. "if it was not you…"). */
  after: string[];
  signature: string;
  /** Why they got it. */
  footer: string;
  unsubscribe?: { label: string; url: string; line: string };
}

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en, fr },
  fallbackLng: 'en',
  ns: ['common', 'details', 'footer', 'templates', 'phrases'],
  defaultNS: 'templates',
  // React escapes the HTML part; the plain text and the subject want the words as written.
  interpolation: { escapeValue: false },
  initAsync: false,
});

function translator(locale: Locale): TFunction {
  return i18n.getFixedT(locale);
}

/** One mail being written: the template's own strings by key, the shared ones, and its parameters. */
export class MailWriter {
  private readonly t: TFunction;

  constructor(
    readonly template: MailTemplate,
    readonly locale: Locale,
    readonly params: MailParams,
  ) {
    this.t = translator(locale);
  }

  /** A string of this template (`intro`, `notYou`…), its parameters filled in. */
  text(key: string): string {
    return this.t(`templates:${this.template}.${key}`, this.params);
  }

  paragraph(key: string): MailBlock {
    return { kind: 'paragraph', text: this.text(key) };
  }

  /** A sentence a caller passed as a parameter (a refund line, a guarantee offer), left out when empty. */
  optionalParagraph(param: string): MailBlock[] {
    const text = this.param(param);
    return text ? [{ kind: 'paragraph', text }] : [];
  }

  /** Words a person wrote, shown as a quotation (left out when empty). */
  quote(param: string, withReviewerLabel = false): MailBlock[] {
    const text = this.param(param);
    if (!text) return [];
    return [{ kind: 'quote', text, ...(withReviewerLabel ? { label: this.t('common:reviewerWrote') } : {}) }];
  }

  detail(label: keyof typeof en.details, param: string): MailDetail {
    const value = this.param(param);
    const labelText = this.t(`details:${label}`);
    return { label: labelText, value, line: this.t('common:detailLine', { label: labelText, value }) };
  }

  write({ family, ...parts }: MailParts, unsubscribeUrl?: string): MailContent {
    const url = this.param('url');
    const label = this.text('action');
    const unsubscribeLabel = this.t('common:unsubscribe');
    return {
      locale: this.locale,
      brand: this.t('common:brand'),
      subject: this.text('subject'),
      greeting: this.t('common:greeting', this.params),
      body: parts.body,
      details: parts.details ?? [],
      action: { label, url, line: this.t('common:actionLine', { label, url }), fallback: this.t('common:buttonFallback') },
      after: parts.after ?? [],
      signature: this.t('common:signature'),
      footer: this.t(`footer:${family}`),
      ...(unsubscribeUrl
        ? { unsubscribe: { label: unsubscribeLabel, url: unsubscribeUrl, line: this.t('common:unsubscribeLine', { url: unsubscribeUrl }) } }
        : {}),
    };
  }

  private param(name: string): string {
    return String(this.params[name] ?? '').trim();
  }
}

/** A phrase other modules put into a template's parameters (e.g. the refund line of a cancellation). */
export function mailPhrase(phrase: MailPhrase, locale: Locale, params: MailParams = {}): string {
  return translator(locale)(`phrases:${phrase}`, params);
}
