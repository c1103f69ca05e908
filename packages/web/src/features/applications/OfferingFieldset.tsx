import {
  Button,
  Fieldset,
  Group,
  Input,
  NumberInput,
  Radio,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  type ComboboxItem,
  type ComboboxItemGroup,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { CancellationPolicy, PriceModel } from '@skillcall/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, limits, type ApplicationValues } from './application-values';
import { useRangeFormat } from './CharacterCount';
import { CountedTextarea } from './CountedTextarea';
import { LanguageMultiSelect } from './LanguageMultiSelect';
import { useCurrencyOptions } from './use-options';

const priceModels: PriceModel[] = ['PER_SESSION', 'PER_MINUTE', 'FREE'];
const policies: CancellationPolicy[] = ['FLEXIBLE', 'MODERATE', 'STRICT'];

interface OfferingFieldsetProps {
  form: UseFormReturnType<ApplicationValues>;
  index: number;
  categoryOptions: ComboboxItemGroup<ComboboxItem>[];
  /** Null when the offering cannot be removed (the form is read-only). */
  onRemove: (() => void) | null;
}

/** One offering of the application: what it covers, in which languages, at what price, with which policy. */
export function OfferingFieldset({ form, index, categoryOptions, onRemove }: OfferingFieldsetProps) {
  const { t } = useTranslation();
  const path = `offerings.${index}` as const;
  const offering = form.getValues().offerings[index];
  const currencyOptions = useCurrencyOptions();
  const pricingLabelId = useId();
  const range = useRangeFormat();
  if (!offering) return null;
  const number = index + 1;
  const model = offering.price.model;
  const input = (field: string) => ({ id: fieldId(`${path}.${field}`), ...form.getInputProps(`${path}.${field}`) });
  const modelError = form.errors[`${path}.price.model`];

  return (
    <Fieldset legend={t('apply.offering.legend', { number })} radius="md" id={fieldId(path)}>
      <Stack gap="md">
        <TextInput
          label={t('apply.offering.title')}
          description={t('apply.offering.titleHint', range(limits.offeringTitle))}
          required
          {...input('title')}
        />
        <CountedTextarea
          label={t('apply.offering.description')}
          description={t('apply.offering.descriptionHint', range(limits.offeringDescription))}
          minRows={4}
          maxRows={14}
          text={offering.description}
          max={limits.offeringDescription.max}
          {...input('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('apply.offering.category')}
            placeholder={t('apply.offering.categoryPlaceholder')}
            data={categoryOptions}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('apply.nothingFound')}
            required
            {...input('categoryId')}
          />
          <LanguageMultiSelect label={t('apply.offering.languages')} chosen={offering.languages} {...input('languages')} />
        </SimpleGrid>

        <Input.Wrapper
          label={t('apply.offering.pricing')}
          labelElement="div"
          id={`${pricingLabelId}-wrapper`}
          error={modelError}
          labelProps={{ id: pricingLabelId }}
        >
          <SegmentedControl
            id={fieldId(`${path}.price.model`)}
            aria-labelledby={pricingLabelId}
            fullWidth
            mt={4}
            data={priceModels.map((value) => ({ value, label: t(`priceModel.${value}.name`) }))}
            value={model}
            onChange={(value) => form.setFieldValue(`${path}.price.model`, value as PriceModel)}
          />
          <Text size="xs" c="dimmed" mt={6}>
            {t(`priceModel.${model}.description`)}
          </Text>
        </Input.Wrapper>

        {model !== 'FREE' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={model === 'PER_MINUTE' ? t('apply.offering.amountPerMinute') : t('apply.offering.amount')}
              description={t('apply.offering.amountHint')}
              inputMode="decimal"
              autoComplete="off"
              required
              {...input('price.amount')}
            />
            <Select
              label={t('apply.offering.currency')}
              data={currencyOptions}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('apply.nothingFound')}
              required
              {...input('price.currency')}
              onChange={(value) => form.setFieldValue(`${path}.price.currency`, value ?? '')}
            />
          </SimpleGrid>
        )}
        {model === 'PER_MINUTE' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NumberInput
              label={t('apply.offering.minMinutes')}
              description={t('apply.offering.minMinutesHint')}
              min={1}
              max={240}
              allowDecimal={false}
              allowNegative={false}
              required
              {...input('price.minMinutes')}
            />
            <NumberInput
              label={t('apply.offering.maxMinutes')}
              description={t('apply.offering.maxMinutesHint')}
              min={1}
              max={480}
              allowDecimal={false}
              allowNegative={false}
              required
              {...input('price.maxMinutes')}
            />
          </SimpleGrid>
        ) : (
          <NumberInput
            label={t('apply.offering.durationMinutes')}
            min={5}
            max={480}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            maw={{ sm: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
            required
            {...input('price.durationMinutes')}
          />
        )}

        {model !== 'FREE' && (
          <Radio.Group
            label={t('apply.offering.policy')}
            description={t('apply.offering.policyHint')}
            required
            {...input('cancellationPolicy')}
          >
            <Stack gap="sm" mt="xs">
              {policies.map((policy) => (
                <Radio key={policy} value={policy} label={t(`policy.${policy}.name`)} description={t(`policy.${policy}.description`)} />
              ))}
            </Stack>
          </Radio.Group>
        )}

        {onRemove && (
          <Group justify="flex-end">
            <Button variant="subtle" color="red" onClick={onRemove} aria-label={t('apply.offering.removeLabel', { number })}>
              {t('apply.offering.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
