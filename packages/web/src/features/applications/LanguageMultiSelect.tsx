import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from './use-options';

interface LanguageMultiSelectProps extends Omit<MultiSelectProps, 'data'> {
  /** The languages chosen now: any outside the common list is offered too. */
  chosen: readonly string[];
}

/** The required, searchable choice of languages (an expert's, an offering's), named in the language shown. */
export function LanguageMultiSelect({ chosen, ...multiSelect }: LanguageMultiSelectProps) {
  const { t } = useTranslation();
  const languageOptions = useLanguageOptions(chosen);
  return (
    <MultiSelect
      data={languageOptions}
      searchable
      hidePickedOptions
      nothingFoundMessage={t('apply.nothingFound')}
      required
      {...multiSelect}
    />
  );
}
