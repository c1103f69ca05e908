import { useMutation } from '@apollo/client/react';
import { Button, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UpdateAccountDocument, type Locale } from '@skillcall/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { browserTimeZone, timeZoneOptions } from '../../lib/format';
import { changeLanguage, languages } from '../../lib/i18n';

/**
 * After an account was created through a provider: the name it gave, the language (the provider's, else the one
 * shown) and the browser's time zone, for the person to confirm before going on to `next`.
 */
export function WelcomeForm({ user, next }: { user: { displayName: string; locale: Locale }; next: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [updateAccount] = useMutation(UpdateAccountDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const zone = browserTimeZone();
  const timeZones = useMemo(() => timeZoneOptions(zone), [zone]);
  const form = useForm({
    initialValues: { displayName: user.displayName, locale: user.locale, timeZone: zone },
    validate: { displayName: validators.required('displayName'), timeZone: validators.required('timeZone') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await updateAccount({ variables: { input: { ...values, displayName: values.displayName.trim() } } });
      const result = data?.updateAccount;
      if (!result) throw new Error('updateAccount returned no data');
      switch (result.__typename) {
        case 'UpdateAccountSuccess':
          await changeLanguage(result.user.locale, { remember: true });
          await navigate(next, { replace: true });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('providers.welcome.text')}</Text>
        <FormFailure failure={failure} />
        <TextInput label={t('account.settings.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
        <NativeSelect
          label={t('account.settings.language')}
          data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
          {...form.getInputProps('locale')}
        />
        <Select
          label={t('account.settings.timeZone')}
          description={t('account.settings.timeZoneHint')}
          data={timeZones}
          searchable
          allowDeselect={false}
          limit={50}
          {...form.getInputProps('timeZone')}
        />
        <Button type="submit" loading={form.submitting}>
          {t('providers.welcome.submit')}
        </Button>
      </Stack>
    </form>
  );
}
