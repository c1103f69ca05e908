import { Select, type ComboboxItem, type ComboboxItemGroup, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyName } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { commonCurrencies, stripeCurrencies } from '../../lib/iso-codes';

interface CurrencySelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string;
  onChange: (currency: string) => void;
}

/** Matches the code or the name ("eur", "euro", "dollar"). */
const byCodeOrName =
  (language: string): OptionsFilter =>
  ({ options, search }) => {
    const needle = search.trim().toLocaleLowerCase(language);
    const matches = (item: ComboboxItem) =>
      item.value.toLocaleLowerCase(language).includes(needle) ||
      currencyName(item.value, language).toLocaleLowerCase(language).includes(needle);
    return options
      .map((entry) => ('group' in entry ? { ...entry, items: entry.items.filter(matches) } : entry))
      .filter((entry) => ('group' in entry ? entry.items.length > 0 : matches(entry)));
  };

/** A compact currency choice: the box shows the code ("EUR"), the list code and name; common currencies first. */
export function CurrencySelect({ value, onChange, ...props }: CurrencySelectProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const data = useMemo<ComboboxItemGroup<ComboboxItem>[]>(
    () => [
      { group: t('apply.offering.commonCurrencies'), items: commonCurrencies.map((code) => ({ value: code, label: code })) },
      {
        group: t('apply.offering.otherCurrencies'),
        items: stripeCurrencies
          .filter((code) => !commonCurrencies.includes(code))
          .sort()
          .map((code) => ({ value: code, label: code })),
      },
    ],
    [t],
  );
  const filter = useMemo(() => byCodeOrName(language), [language]);
  return (
    <Select
      data={data}
      value={value}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      searchable
      filter={filter}
      nothingFoundMessage={t('apply.nothingFound')}
      renderOption={({ option }) => `${option.value} · ${currencyName(option.value, language)}`}
      comboboxProps={{ width: 260, position: 'bottom-end' }}
      w={100}
      {...props}
    />
  );
}
