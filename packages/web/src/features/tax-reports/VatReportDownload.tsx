import { Anchor, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recentMonths } from './periods';

/** The admins' VAT report of a month, as CSV (`/vat-reports/<month>.csv`, served by the API). */
export function VatReportDownload() {
  const { t } = useTranslation();
  const months = useMemo(() => recentMonths(new Date()), []);
  const [month, setMonth] = useState(months[1] ?? months[0]!);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="vat-report-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="vat-report-title">
          {t('taxReports.vatReport.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('taxReports.vatReport.intro')}
        </Text>
        <Select
          label={t('taxReports.vatReport.month')}
          data={months}
          value={month}
          onChange={(value) => value && setMonth(value)}
          allowDeselect={false}
        />
        <Anchor href={`/vat-reports/${month}.csv`} download>
          {t('taxReports.vatReport.download', { month })}
        </Anchor>
      </Stack>
    </Paper>
  );
}
