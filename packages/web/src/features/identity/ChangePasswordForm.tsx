import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ChangePasswordDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { PasswordField } from '../../components/ui/PasswordField';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, passwordMinLength, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';

/** Current and new password; the API signs out every other session of the account. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword] = useMutation(ChangePasswordDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: { currentPassword: validators.required('currentPassword'), newPassword: validators.newPassword('newPassword') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await changePassword({ variables: { input: values } });
      const result = data?.changePassword;
      if (!result) throw new Error('changePassword returned no data');
      switch (result.__typename) {
        case 'ChangePasswordSuccess':
          form.reset();
          notifications.show({ color: 'teal', message: t('account.password.changed') });
          return;
        case 'RateLimitedError':
          setFailure(rateLimitFailure(t, result.retryAfterSeconds));
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
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-password-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="change-password-title">
            {t('account.password.title')}
          </Title>
          <FormFailure failure={failure} />
          <PasswordField
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={t('account.password.new')}
            description={t('signUp.passwordHint', { min: passwordMinLength })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
