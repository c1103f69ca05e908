import { Checkbox, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { BillingDetailsInput, BuyerKind } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from '../applications/use-options';

export interface BillingDetailsValues {
  wanted: boolean;
  billing: { kind: BuyerKind; name: string; address: string; country: string; businessName: string; vatNumber: string };
}

export const emptyBillingDetails: BillingDetailsValues = {
  wanted: false,
  billing: { kind: 'CONSUMER', name: '', address: '', country: '', businessName: '', vatNumber: '' },
};

/** What the checkout sends: nothing when the buyer gave no details (optional for a private person). */
export function billingDetailsInput(values: BillingDetailsValues): BillingDetailsInput | null {
  if (!values.wanted) return null;
  const b = values.billing;
  const text = (value: string) => value.trim() || null;
  return {
    kind: b.kind,
    name: text(b.name),
    address: text(b.address),
    country: text(b.country),
    businessName: b.kind === 'BUSINESS' ? text(b.businessName) : null,
    vatNumber: b.kind === 'BUSINESS' ? text(b.vatNumber) : null,
  };
}

/**
 * The checkout's invoice details: none by default (a private person need not give any); a private person may add
 * name, address and country; a business gives its name, address, country and VAT number (reverse charge).
 */
export function BillingDetailsFields({ form }: { form: UseFormReturnType<BillingDetailsValues> }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const { wanted, billing } = form.getValues();
  const business = billing.kind === 'BUSINESS';
  return (
    <Stack gap="sm" data-testid="billing-details">
      <Checkbox label={t('tax.billing.wanted')} {...form.getInputProps('wanted', { type: 'checkbox' })} />
      {wanted && (
        <Stack gap="sm">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="buyer-kind-label">
              {t('tax.billing.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="buyer-kind-label"
              data={[
                { value: 'CONSUMER', label: t('tax.billing.consumer') },
                { value: 'BUSINESS', label: t('tax.billing.business') },
              ]}
              {...form.getInputProps('billing.kind')}
            />
          </Stack>
          {business && (
            <TextInput
              label={t('tax.billing.businessName')}
              required
              autoComplete="organization"
              {...form.getInputProps('billing.businessName')}
            />
          )}
          <TextInput label={t('tax.billing.name')} autoComplete="name" {...form.getInputProps('billing.name')} />
          <Textarea
            label={t('tax.billing.address')}
            autoComplete="street-address"
            autosize
            minRows={2}
            required={business}
            {...form.getInputProps('billing.address')}
          />
          <Select
            label={t('tax.billing.country')}
            data={countries}
            searchable
            clearable={!business}
            limit={50}
            required={business}
            {...form.getInputProps('billing.country')}
            onChange={(value) => form.setFieldValue('billing.country', value ?? '')}
          />
          {business && (
            <TextInput
              label={t('tax.billing.vatNumber')}
              description={t('tax.billing.vatNumberHint')}
              {...form.getInputProps('billing.vatNumber')}
            />
          )}
        </Stack>
      )}
    </Stack>
  );
}
