import { describe, expect, it } from 'vitest';
import { exemptionMention, mentionText } from './tax.mentions';

describe('invoice mentions', () => {
  it('words reverse charge and supplies outside the EU in the invoice’s language', () => {
    expect(mentionText({ mention: 'REVERSE_CHARGE', exemptionText: null }, 'fr')).toBe(
      'Autoliquidation : TVA due par le preneur (article 196 de la directive 2006/112/CE)',
    );
    expect(mentionText({ mention: 'REVERSE_CHARGE', exemptionText: null }, 'en')).toMatch(
      /^Reverse charge: VAT to be accounted for by the customer/,
    );
    expect(mentionText({ mention: 'OUTSIDE_EU', exemptionText: null }, 'en')).toBe('VAT not applicable: place of supply outside the EU');
    expect(mentionText({ mention: null, exemptionText: null }, 'en')).toBeNull();
  });

  it('prints a small business’s exemption as its country’s law words it, whatever the language', () => {
    expect(exemptionMention('FR')).toBe('TVA non applicable, art. 293 B du CGI');
    expect(exemptionMention('DE')).toBe('Gemäß § 19 UStG wird keine Umsatzsteuer berechnet');
    expect(exemptionMention('PT')).toBe('VAT exemption for small enterprises, Article 284 of Directive 2006/112/EC');
    expect(mentionText({ mention: 'EXEMPT_SMALL_BUSINESS', exemptionText: exemptionMention('FR') }, 'en')).toBe(
      'TVA non applicable, art. 293 B du CGI',
    );
  });
});
