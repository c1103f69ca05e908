import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  AvailabilityForm_UpdateAvailabilityDocument,
  AvailabilityPageDocument,
  type AvailabilityForm_AvailabilityFragment,
} from '@skillcall/schema';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { timeZoneOptions } from '../../lib/format';
import { toInput, toValues, validateAvailability, type AvailabilityValues } from './availability-values';
import { ExceptionFields } from './ExceptionFields';
import { WeeklyScheduleFields } from './WeeklyScheduleFields';

/**
 * The expert's whole availability, saved at once: time zone, weekly windows, date exceptions, buffers, notice and a
 * daily cap. Checked here first; what the API still refuses shows on the field at fault.
 */
export function AvailabilityForm({ availability }: { availability: AvailabilityForm_AvailabilityFragment }) {
  const { t } = useTranslation();
  const [updateAvailability] = useMutation(AvailabilityForm_UpdateAvailabilityDocument, {
    update(cache, { data }) {
      const result = data?.updateAvailability;
      if (result?.__typename === 'AvailabilitySuccess') {
        cache.writeQuery({ query: AvailabilityPageDocument, data: { __typename: 'Query', myAvailability: result.availability } });
      }
    },
  });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm<AvailabilityValues>({
    initialValues: toValues(availability),
    validate: (values) => validateAvailability(values, t),
  });
  const timeZone = form.getValues().timeZone;
  const timeZones = useMemo(() => timeZoneOptions(timeZone), [timeZone]);

  const submit = form.onSubmit(
    (values) =>
      attempt(async () => {
        const { data } = await updateAvailability({ variables: { input: toInput(values) } });
        const result = data?.updateAvailability;
        if (!result) throw new Error('updateAvailability returned no data');
        switch (result.__typename) {
          case 'AvailabilitySuccess': {
            const saved = toValues(result.availability);
            form.setValues(saved);
            form.resetDirty(saved);
            notifications.show({ color: 'teal', message: t('availabilityEditor.saved') });
            return;
          }
          case 'InvalidInputError':
            setFailure(fieldErrorsFailure(form, result.fieldErrors));
            return;
          default:
            assertNever(result);
        }
      }),
    () => setFailure({ kind: 'message', message: t('availabilityEditor.errors.summary') }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormFailure failure={failure} />
        <Section id="availability-zone" title={t('availabilityEditor.zoneTitle')}>
          <Select
            label={t('availabilityEditor.timeZone')}
            description={t('availabilityEditor.timeZoneHint')}
            data={timeZones}
            searchable
            allowDeselect={false}
            limit={50}
            maxDropdownHeight={260}
            nothingFoundMessage={t('availabilityEditor.nothingFound')}
            maw={360}
            {...form.getInputProps('timeZone')}
            onChange={(value) => form.setFieldValue('timeZone', value ?? '')}
          />
        </Section>
        <Section id="availability-weekly" title={t('availabilityEditor.weeklyTitle')} intro={t('availabilityEditor.weeklyIntro')}>
          <WeeklyScheduleFields form={form} />
        </Section>
        <Section
          id="availability-exceptions"
          title={t('availabilityEditor.exceptionsTitle')}
          intro={t('availabilityEditor.exceptionsIntro')}
        >
          <ExceptionFields form={form} />
        </Section>
        <Section id="availability-rules" title={t('availabilityEditor.rulesTitle')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label={t('availabilityEditor.bufferBefore')}
              description={t('availabilityEditor.minutesHint')}
              min={0}
              max={240}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('bufferBeforeMinutes')}
            />
            <NumberInput
              label={t('availabilityEditor.bufferAfter')}
              description={t('availabilityEditor.minutesHint')}
              min={0}
              max={240}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('bufferAfterMinutes')}
            />
            <NumberInput
              label={t('availabilityEditor.minNotice')}
              description={t('availabilityEditor.minNoticeHint')}
              min={0}
              max={43_200}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('minNoticeMinutes')}
            />
            <NumberInput
              label={t('availabilityEditor.maxPerDay')}
              description={t('availabilityEditor.maxPerDayHint')}
              min={1}
              max={48}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('maxSessionsPerDay')}
            />
          </SimpleGrid>
        </Section>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('availabilityEditor.save')}
          </Button>
          {form.isDirty() && (
            <Text size="sm" c="dimmed">
              {t('availabilityEditor.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
