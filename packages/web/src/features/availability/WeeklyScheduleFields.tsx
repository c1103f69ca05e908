import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { capitalize, weekdayName } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { newWindow, weekdays, type AvailabilityValues } from './availability-values';
import classes from './WeeklyScheduleFields.module.css';

/** Per weekday (Monday to Sunday), the windows the expert can be booked in, "09:00–12:00", added and removed. */
export function WeeklyScheduleFields({ form }: { form: UseFormReturnType<AvailabilityValues> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { weekly } = form.getValues();
  const listError = form.errors.weekly;

  return (
    <Stack gap="xs">
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Table verticalSpacing="sm" withRowBorders>
        <Table.Tbody>
          {weekdays.map((weekday) => {
            const day = capitalize(weekdayName(weekday, language), language);
            const windows = weekly.map((window, index) => ({ window, index })).filter(({ window }) => window.weekday === weekday);
            return (
              <Table.Tr key={weekday} data-testid={`weekday-${weekday}`}>
                <Table.Th scope="row" className={classes.day}>
                  {day}
                </Table.Th>
                <Table.Td className={classes.windows}>
                  <Stack gap="xs">
                    {windows.length === 0 && (
                      <Text size="sm" c="dimmed" pt={6}>
                        {t('availabilityEditor.unavailable')}
                      </Text>
                    )}
                    {windows.map(({ index }, position) => (
                      <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
                        <TextInput
                          type="time"
                          aria-label={t('availabilityEditor.windowStart', { day, number: position + 1 })}
                          maw={140}
                          className={classes.time}
                          {...form.getInputProps(`weekly.${index}.start`)}
                        />
                        <Text pt={6} aria-hidden>
                          –
                        </Text>
                        <TextInput
                          type="time"
                          aria-label={t('availabilityEditor.windowEnd', { day, number: position + 1 })}
                          maw={140}
                          className={classes.time}
                          {...form.getInputProps(`weekly.${index}.end`)}
                        />
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          mt={2}
                          aria-label={t('availabilityEditor.removeWindow', { day, number: position + 1 })}
                          onClick={() => form.removeListItem('weekly', index)}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    ))}
                    <Group>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => form.insertListItem('weekly', newWindow(weekday, form.getValues().weekly))}
                        aria-label={t('availabilityEditor.addWindowFor', { day })}
                      >
                        {t('availabilityEditor.addWindow')}
                      </Button>
                    </Group>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
