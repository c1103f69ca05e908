import { ActionIcon, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AvailabilityExceptionKind } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { todayIn } from '../../lib/format';
import { emptyException, type AvailabilityValues } from './availability-values';

const kinds: AvailabilityExceptionKind[] = ['DAY_OFF', 'EXTRA_HOURS'];

/** Date exceptions to the weekly schedule: a day off (whole or in part), or extra hours on a date. */
export function ExceptionFields({ form }: { form: UseFormReturnType<AvailabilityValues> }) {
  const { t } = useTranslation();
  const { exceptions, timeZone } = form.getValues();
  const listError = form.errors.exceptions;

  return (
    <Stack gap="sm">
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      {exceptions.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('availabilityEditor.noExceptions')}
        </Text>
      )}
      {exceptions.map((exception, index) => {
        const timed = !(exception.kind === 'DAY_OFF' && exception.wholeDay);
        const number = index + 1;
        return (
          <Paper key={index} withBorder radius="sm" p="sm" data-testid="availability-exception">
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                type="date"
                label={t('availabilityEditor.exceptionDate')}
                w={170}
                {...form.getInputProps(`exceptions.${index}.date`)}
              />
              <NativeSelect
                label={t('availabilityEditor.exceptionKind')}
                data={kinds.map((kind) => ({ value: kind, label: t(`availabilityEditor.kind.${kind}`) }))}
                w={170}
                {...form.getInputProps(`exceptions.${index}.kind`)}
              />
              {exception.kind === 'DAY_OFF' && (
                <Checkbox
                  label={t('availabilityEditor.wholeDay')}
                  mt={32}
                  {...form.getInputProps(`exceptions.${index}.wholeDay`, { type: 'checkbox' })}
                />
              )}
              {timed && (
                <>
                  <TextInput
                    type="time"
                    label={t('availabilityEditor.from')}
                    w={120}
                    {...form.getInputProps(`exceptions.${index}.start`)}
                  />
                  <TextInput type="time" label={t('availabilityEditor.to')} w={140} {...form.getInputProps(`exceptions.${index}.end`)} />
                </>
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                aria-label={t('availabilityEditor.removeException', { number })}
                onClick={() => form.removeListItem('exceptions', index)}
              >
                ×
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" size="compact-sm" onClick={() => form.insertListItem('exceptions', emptyException(todayIn(timeZone)))}>
          {t('availabilityEditor.addException')}
        </Button>
      </Group>
    </Stack>
  );
}
