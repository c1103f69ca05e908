import type { TFunction } from 'i18next';

/** The note itself, for prices that include VAT (at the rate given, when known) or exclude it. */
export function taxNoteText(
  t: TFunction,
  settings: { pricesIncludeTax: boolean; consumerVatPercent?: number | null },
  language: string,
): string {
  if (!settings.pricesIncludeTax) return t('tax.price.excluded');
  const rate = settings.consumerVatPercent;
  return rate === null || rate === undefined
    ? t('tax.price.included')
    : t('tax.price.includedRate', { rate: new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(rate) });
}
