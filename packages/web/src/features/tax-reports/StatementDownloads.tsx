import { Anchor, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recentMonths, recentYears } from './periods';

/** The expert's statements: a month or a year, as CSV or PDF (`/statements/<period>.csv|pdf`, served by the API). */
export function StatementDownloads() {
  const { t } = useTranslation();
  const periods = useMemo(() => {
    const now = new Date();
    return [...recentMonths(now), ...recentYears(now)];
  }, []);
  const [period, setPeriod] = useState(periods[0]!);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="statements-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="statements-title">
          {t('taxReports.statements.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('taxReports.statements.intro')}
        </Text>
        <Select
          label={t('taxReports.statements.period')}
          data={periods}
          value={period}
          onChange={(value) => value && setPeriod(value)}
          allowDeselect={false}
        />
        <Group gap="md">
          <Anchor href={`/statements/${period}.csv`} download>
            {t('taxReports.statements.csv', { period })}
          </Anchor>
          <Anchor href={`/statements/${period}.pdf`} download>
            {t('taxReports.statements.pdf', { period })}
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
