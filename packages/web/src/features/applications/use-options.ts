/** Option lists of the application form, named in the language shown and sorted as that language sorts. */
import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyName, countryName, timeZoneOptions } from '../../lib/format';
import { currentLanguage, type Language } from '../../lib/i18n';
import { commonCurrencies, commonLanguageCodes, countryCodes, stripeCurrencies } from '../../lib/iso-codes';
import { categoryName } from '../../lib/category-name';
import { languageLabel } from '../../lib/language-names';

interface CategoryTree {
  id: string;
  nameEn: string;
  nameFr: string;
  children: { id: string; nameEn: string; nameFr: string }[];
}

const byLabel = (language: Language) => (a: ComboboxItem, b: ComboboxItem) => a.label.localeCompare(b.label, language);

/** Sub-categories grouped under their parent (a category without sub-categories stands for itself). */
export function categoryOptions(categories: readonly CategoryTree[], language: Language): ComboboxItemGroup<ComboboxItem>[] {
  return categories.map((parent) => ({
    group: categoryName(parent, language),
    items: (parent.children.length ? parent.children : [parent]).map((category) => ({
      value: category.id,
      label: categoryName(category, language),
    })),
  }));
}

export function useCategoryOptions(categories: readonly CategoryTree[]): ComboboxItemGroup<ComboboxItem>[] {
  useTranslation();
  const language = currentLanguage();
  return useMemo(() => categoryOptions(categories, language), [categories, language]);
}

/** Common languages, plus any other already chosen, by name. */
export function useLanguageOptions(chosen: readonly string[]): ComboboxItem[] {
  useTranslation();
  const language = currentLanguage();
  const extra = chosen.filter((code) => !commonLanguageCodes.includes(code)).join(' ');
  return useMemo(() => {
    const codes = [...commonLanguageCodes, ...(extra ? extra.split(' ') : [])];
    return codes.map((code) => ({ value: code, label: languageLabel(code, language) })).sort(byLabel(language));
  }, [extra, language]);
}

export function useCountryOptions(): ComboboxItem[] {
  useTranslation();
  const language = currentLanguage();
  return useMemo(
    () => countryCodes.map((code) => ({ value: code, label: countryName(code, language) })).sort(byLabel(language)),
    [language],
  );
}

/** Common currencies first, then every other currency Stripe can charge in: "EUR · Euro". */
export function useCurrencyOptions(): ComboboxItemGroup<ComboboxItem>[] {
  const { t } = useTranslation();
  const language = currentLanguage();
  return useMemo(() => {
    const item = (code: string) => ({ value: code, label: `${code} · ${currencyName(code, language)}` });
    return [
      { group: t('apply.offering.commonCurrencies'), items: commonCurrencies.map(item) },
      {
        group: t('apply.offering.otherCurrencies'),
        items: stripeCurrencies
          .filter((code) => !commonCurrencies.includes(code))
          .map(item)
          .sort((a, b) => a.value.localeCompare(b.value)),
      },
    ];
  }, [t, language]);
}

export function useTimeZoneOptions(current: string | null): string[] {
  return useMemo(() => timeZoneOptions(current ?? ''), [current]);
}
