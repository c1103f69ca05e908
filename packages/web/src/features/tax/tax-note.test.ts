import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import { taxNoteText } from './tax-note';

async function t(lng: 'en' | 'fr') {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { en: { translation: en }, fr: { translation: fr } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('what a price says about VAT', () => {
  it.each([
    ['en', { pricesIncludeTax: true, consumerVatPercent: 20 }, 'incl. 20 % VAT'],
    ['fr', { pricesIncludeTax: true, consumerVatPercent: 20 }, 'TVA 20 % incluse'],
    ['fr', { pricesIncludeTax: true, consumerVatPercent: 25.5 }, 'TVA 25,5 % incluse'],
    ['en', { pricesIncludeTax: true, consumerVatPercent: null }, 'incl. VAT'],
    ['en', { pricesIncludeTax: false, consumerVatPercent: 20 }, 'excl. VAT'],
    ['fr', { pricesIncludeTax: false, consumerVatPercent: null }, 'HT'],
  ] as const)('%s, %o → %s', async (language, settings, expected) => {
    expect(taxNoteText(await t(language), settings, language)).toBe(expected);
  });
});
