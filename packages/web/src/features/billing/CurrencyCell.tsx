import { Table, Text } from '@mantine/core';
import { capitalize, currencyName } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';

/** The first cell of a per-currency money row: the currency's name in the UI language, its code beneath. */
export function CurrencyCell({ currency }: { currency: string }) {
  const language = currentLanguage();
  return (
    <Table.Td>
      <Text size="sm" fw={600}>
        {capitalize(currencyName(currency, language), language)}
      </Text>
      <Text size="xs" c="dimmed">
        {currency}
      </Text>
    </Table.Td>
  );
}
