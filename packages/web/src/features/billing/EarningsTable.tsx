import { Table } from '@mantine/core';
import type { EarningsTable_EarningsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { CurrencyCell } from './CurrencyCell';
import { currentLanguage } from '../../lib/i18n';

/** The expert's earnings, one row per currency: earned (after commission and refunds), still pending, and paid. */
export function EarningsTable({ earnings }: { earnings: EarningsTable_EarningsFragment[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table verticalSpacing="sm" aria-label={t('earnings.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('earnings.columns.currency')}</Table.Th>
            <Table.Th ta="right">{t('earnings.columns.earned')}</Table.Th>
            <Table.Th ta="right">{t('earnings.columns.pending')}</Table.Th>
            <Table.Th ta="right">{t('earnings.columns.paid')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {earnings.map((row) => (
            <Table.Tr key={row.currency} data-testid="earnings-row">
              <CurrencyCell currency={row.currency} />
              <Table.Td ta="right" data-testid="earnings-earned">
                {formatMoney(row.earned, language)}
              </Table.Td>
              <Table.Td ta="right" data-testid="earnings-pending">
                {formatMoney(row.pending, language)}
              </Table.Td>
              <Table.Td ta="right" data-testid="earnings-paid">
                {formatMoney(row.paid, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
