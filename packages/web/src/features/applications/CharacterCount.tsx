import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';

/** "132 / 4,000 characters" under a text field; red once past the maximum. */
export function CharacterCount({ value, max, id }: { value: string; max: number; id?: string }) {
  const { t } = useTranslation();
  const count = value.trim().length;
  const number = new Intl.NumberFormat(currentLanguage());
  return (
    <Text id={id} size="xs" c={count > max ? 'red' : 'dimmed'} ta="right" mt={4}>
      {t('apply.characterCount', { count, countText: number.format(count), max: number.format(max) })}
    </Text>
  );
}

/** A { min, max } range with its numbers written as the language writes them ("4,000", "4 000"). */
export function useRangeFormat() {
  useTranslation();
  const number = new Intl.NumberFormat(currentLanguage());
  return ({ min, max }: { min: number; max: number }) => ({ min: number.format(min), max: number.format(max) });
}
