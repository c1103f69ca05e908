import { Text, type TextProps } from '@mantine/core';
import type { PriceTag_PriceFragment } from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { currentLanguage, type Language } from '../../lib/i18n';
import { useTaxNote } from '../tax/use-tax-note';

/** " (incl. 20 % VAT)" after a paid price, nothing after a free one or while the note loads. */
export const withTaxNote = (text: string, paid: boolean, taxNote: string | null | undefined) =>
  paid && taxNote ? `${text} (${taxNote})` : text;

/** "€0.80 / min", "€30.00 · 45 min", "Free · 30 min", in the language shown; with `taxNote` (useTaxNote) after a paid one. */
export function priceText(price: PriceTag_PriceFragment, t: TFunction, language: Language, taxNote?: string | null): string {
  return withTaxNote(plainPriceText(price, t, language), price.model !== 'FREE', taxNote);
}

function plainPriceText(price: PriceTag_PriceFragment, t: TFunction, language: Language): string {
  const amount = price.amount ? formatMoney(price.amount, language) : '';
  switch (price.model) {
    case 'PER_MINUTE':
      return t('price.perMinute', { amount });
    case 'PER_SESSION':
      return t('price.perSession', { amount, minutes: price.durationMinutes ?? 0 });
    case 'FREE':
      return t('price.free', { minutes: price.durationMinutes ?? 0 });
    default:
      return assertNever(price.model);
  }
}

/** The price in a sentence, with how it is charged and how long a session lasts, and whether VAT is included. */
export function priceDetailsText(price: PriceTag_PriceFragment, t: TFunction, language: Language, taxNote?: string | null): string {
  return withTaxNote(plainPriceDetailsText(price, t, language), price.model !== 'FREE', taxNote);
}

function plainPriceDetailsText(price: PriceTag_PriceFragment, t: TFunction, language: Language): string {
  const amount = price.amount ? formatMoney(price.amount, language) : '';
  switch (price.model) {
    case 'PER_MINUTE':
      return t('price.perMinuteDetails', { amount, min: price.minMinutes ?? 0, max: price.maxMinutes ?? 0 });
    case 'PER_SESSION':
      return t('price.perSessionDetails', { amount, minutes: price.durationMinutes ?? 0 });
    case 'FREE':
      return t('price.freeDetails', { minutes: price.durationMinutes ?? 0 });
    default:
      return assertNever(price.model);
  }
}

/** The short price of an offering. */
export function PriceTag({ price, ...props }: TextProps & { price: PriceTag_PriceFragment }) {
  const { t } = useTranslation();
  const taxNote = useTaxNote();
  return (
    <Text fw={600} {...props}>
      {priceText(price, t, currentLanguage(), taxNote)}
    </Text>
  );
}
