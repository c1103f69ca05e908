import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { UpdateAccountDocument, type AccountSettingsForm_UserFragment } from '@skillcall/schema';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { timeZoneOptions } from '../../lib/format';
import { changeLanguage, i18n, languages } from '../../lib/i18n';

/** Display name, preferred language (pages and emails) and time zone of the signed-in account. */
export function AccountSettingsForm({ user }: { user: AccountSettingsForm_UserFragment }) {
  const { t } = useTranslation();
  const [updateAccount] = useMutation(UpdateAccountDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const timeZones = useMemo(() => timeZoneOptions(user.timeZone), [user.timeZone]);
  const form = useForm({
    initialValues: { displayName: user.displayName, locale: user.locale, timeZone: user.timeZone },
    validate: { displayName: validators.required('displayName'), timeZone: validators.required('timeZone') },
  });

  // Follow changes made elsewhere (the header's language switch) unless the form is being edited.
  useEffect(() => {
    if (form.isDirty()) return;
    const values = { displayName: user.displayName, locale: user.locale, timeZone: user.timeZone };
    form.setValues(values);
    form.resetDirty(values);
    // `form` is a new object on every render; the effect must run only when the account changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user.displayName, user.locale, user.timeZone]);

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await updateAccount({ variables: { input: { ...values, displayName: values.displayName.trim() } } });
      const result = data?.updateAccount;
      if (!result) throw new Error('updateAccount returned no data');
      switch (result.__typename) {
        case 'UpdateAccountSuccess': {
          const saved = result.user;
          form.resetDirty({ displayName: saved.displayName, locale: saved.locale, timeZone: saved.timeZone });
          await changeLanguage(saved.locale, { remember: true });
          // i18n.t, not t: the confirmation speaks the language just chosen.
          notifications.show({ color: 'teal', message: i18n.t('account.settings.saved') });
          return;
        }
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="account-settings-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="account-settings-title">
            {t('account.settings.title')}
          </Title>
          <FormFailure failure={failure} />
          <TextInput label={t('account.settings.displayName')} autoComplete="name" required {...form.getInputProps('displayName')} />
          <NativeSelect
            label={t('account.settings.language')}
            description={t('account.settings.languageHint')}
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
            maxDropdownHeight={260}
            nothingFoundMessage={t('account.settings.nothingFound')}
            {...form.getInputProps('timeZone')}
            onChange={(value) => form.setFieldValue('timeZone', value ?? '')}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('account.settings.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
