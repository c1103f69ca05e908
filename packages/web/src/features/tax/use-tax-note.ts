import { useQuery } from '@apollo/client/react';
import { TaxNoteDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { localeCountry } from '../../lib/iso-codes';
import { currentLanguage } from '../../lib/i18n';

/** The country the visitor most likely buys from (their browser's region), for the rate shown beside prices. */
const browserCountry = () => (typeof navigator === 'undefined' ? null : localeCountry(navigator.language));

/**
 * What every price a customer sees says about VAT: "incl. 20 % VAT" (the rate of the visitor's country when VAT
 * applies there), "incl. VAT", or "excl. VAT", as the operator set prices (PRICES_INCLUDE_TAX). Null while loading.
 * The invoice computes the exact tax with the buyer's country at checkout.
 */
export function useTaxNote(): string | null {
  const { t } = useTranslation();
  const { data } = useQuery(TaxNoteDocument, { variables: { country: browserCountry() } });
  const settings = data?.taxSettings;
  if (!settings) return null;
  if (!settings.pricesIncludeTax) return t('tax.price.excluded');
  const rate = settings.consumerVatPercent;
  return rate === null || rate === undefined
    ? t('tax.price.included')
    : t('tax.price.includedRate', { rate: new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 2 }).format(rate) });
}
