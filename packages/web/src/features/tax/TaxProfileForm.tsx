import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  TaxProfileForm_SaveDocument,
  type ExpertTaxStatus,
  type TaxProfileForm_ProfileFragment,
  type TaxProfileForm_SettingsFragment,
} from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { useCountryOptions } from '../applications/use-options';

interface TaxProfileFormProps {
  profile: TaxProfileForm_ProfileFragment | null | undefined;
  settings: TaxProfileForm_SettingsFragment;
}

/**
 * An expert's tax profile: legal name, address, country, VAT status (a VAT number, or the exemption mention of a
 * small business, proposed from the country), and, when the platform invoices in the expert's name, their consent.
 */
export function TaxProfileForm({ profile, settings }: TaxProfileFormProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const [save] = useMutation(TaxProfileForm_SaveDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: {
      legalName: profile?.legalName ?? '',
      address: profile?.address ?? '',
      country: profile?.country ?? '',
      status: (profile?.status ?? 'EXEMPT_SMALL_BUSINESS') as ExpertTaxStatus,
      vatNumber: profile?.vatNumber ?? '',
      exemptionText: profile?.exemptionText ?? '',
      invoicingConsent: !!profile?.invoicingConsentAt,
    },
    validate: {
      legalName: validators.required('legalName'),
      address: validators.required('address'),
      country: validators.required('country'),
    },
  });
  const values = form.getValues();
  const proposedMention = settings.exemptionMentions.find((m) => m.country === values.country)?.text ?? '';

  const submit = form.onSubmit((v) =>
    attempt(async () => {
      const input = {
        legalName: v.legalName,
        address: v.address,
        country: v.country,
        status: v.status,
        vatNumber: v.status === 'VAT_REGISTERED' ? v.vatNumber : null,
        exemptionText: v.status === 'EXEMPT_SMALL_BUSINESS' ? v.exemptionText || null : null,
        invoicingConsent: v.invoicingConsent,
      };
      const { data } = await save({ variables: { input } });
      const result = data?.saveTaxProfile;
      if (!result) throw new Error('saveTaxProfile returned no data');
      switch (result.__typename) {
        case 'SaveTaxProfileSuccess': {
          const saved = result.profile;
          form.setValues({ vatNumber: saved.vatNumber ?? '', exemptionText: saved.exemptionText ?? '' });
          form.resetDirty();
          notifications.show({ color: 'teal', message: t('tax.profile.saved') });
          return;
        }
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'tax.profile.fieldErrors'));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={t('tax.profile.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {profile && !profile.complete && (
            <Alert color="orange" variant="light" title={t('tax.profile.incompleteTitle')}>
              {t('tax.profile.incomplete')}
            </Alert>
          )}
          <FormFailure failure={failure} />
          <TextInput
            label={t('tax.profile.legalName')}
            description={t('tax.profile.legalNameHint')}
            autoComplete="name"
            required
            {...form.getInputProps('legalName')}
          />
          <Textarea
            label={t('tax.profile.address')}
            autoComplete="street-address"
            autosize
            minRows={3}
            required
            {...form.getInputProps('address')}
          />
          <Select
            label={t('tax.profile.country')}
            data={countries}
            searchable
            allowDeselect={false}
            limit={50}
            required
            {...form.getInputProps('country')}
            onChange={(value) => form.setFieldValue('country', value ?? '')}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="tax-status-label">
              {t('tax.profile.status')}
            </Text>
            {/* Stacked: the two statuses are long, in French above all, and must both show on a phone. */}
            <SegmentedControl
              aria-labelledby="tax-status-label"
              orientation="vertical"
              fullWidth
              data={[
                { value: 'EXEMPT_SMALL_BUSINESS', label: t('tax.profile.statusExempt') },
                { value: 'VAT_REGISTERED', label: t('tax.profile.statusRegistered') },
              ]}
              {...form.getInputProps('status')}
            />
          </Stack>
          {values.status === 'VAT_REGISTERED' ? (
            <TextInput
              label={t('tax.profile.vatNumber')}
              description={t('tax.profile.vatNumberHint')}
              required
              {...form.getInputProps('vatNumber')}
            />
          ) : (
            <Textarea
              label={t('tax.profile.exemptionText')}
              description={
                proposedMention ? t('tax.profile.exemptionProposed', { mention: proposedMention }) : t('tax.profile.exemptionHint')
              }
              placeholder={proposedMention}
              autosize
              minRows={2}
              {...form.getInputProps('exemptionText')}
            />
          )}
          {settings.invoicingConsentRequired && (
            <Checkbox
              label={t('tax.profile.consent')}
              description={t('tax.profile.consentHint')}
              {...form.getInputProps('invoicingConsent', { type: 'checkbox' })}
            />
          )}
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('tax.profile.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
