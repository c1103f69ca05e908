import { Table } from '@mantine/core';
import type { RevenueTable_RevenueFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { CurrencyCell } from '../billing/CurrencyCell';
import { currentLanguage } from '../../lib/i18n';

/** The platform's figures, one row per currency: charged, refunded, its commission and the experts' share. */
export function RevenueTable({ rows }: { rows: RevenueTable_RevenueFragment[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label={t('admin.revenue.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.revenue.columns.currency')}</Table.Th>
            <Table.Th ta="right">{t('admin.revenue.columns.charged')}</Table.Th>
            <Table.Th ta="right">{t('admin.revenue.columns.refunded')}</Table.Th>
            <Table.Th ta="right">{t('admin.revenue.columns.revenue')}</Table.Th>
            <Table.Th ta="right">{t('admin.revenue.columns.expertShare')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.currency} data-testid="revenue-row" data-currency={row.currency}>
              <CurrencyCell currency={row.currency} />
              <Table.Td ta="right" data-testid="revenue-charged">
                {formatMoney(row.charged, language)}
              </Table.Td>
              <Table.Td ta="right" data-testid="revenue-refunded">
                {formatMoney(row.refunded, language)}
              </Table.Td>
              <Table.Td ta="right" data-testid="revenue-revenue">
                {formatMoney(row.revenue, language)}
              </Table.Td>
              <Table.Td ta="right" data-testid="revenue-expert-share">
                {formatMoney(row.expertShare, language)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
