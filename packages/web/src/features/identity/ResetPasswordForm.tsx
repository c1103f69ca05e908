import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ResetPasswordDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { PasswordField } from '../../components/ui/PasswordField';
import { RouterAnchor } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, passwordMinLength, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { useSessionStarted } from './use-session';

/** The link a reset token no longer opens: say so, and offer a new one. */
export function InvalidResetLink({ reason }: { reason: 'missing' | 'invalid' }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" role="alert">
        {reason === 'missing' ? t('resetPassword.missingToken') : t('resetPassword.invalidLink')}
      </Alert>
      <RouterAnchor to="/forgot-password">{t('resetPassword.askNewLink')}</RouterAnchor>
    </Stack>
  );
}

/** Sets a new password with the emailed token; the API then signs this browser in. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const sessionStarted = useSessionStarted();
  const [resetPassword] = useMutation(ResetPasswordDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [linkInvalid, setLinkInvalid] = useState(false);
  const form = useForm({ initialValues: { newPassword: '' }, validate: { newPassword: validators.newPassword('newPassword') } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await resetPassword({ variables: { input: { token, newPassword: values.newPassword } } });
      const result = data?.resetPassword;
      if (!result) throw new Error('resetPassword returned no data');
      switch (result.__typename) {
        case 'ResetPasswordSuccess':
          notifications.show({ color: 'teal', message: t('resetPassword.done') });
          await sessionStarted('/account');
          return;
        case 'InvalidInputError':
          if (result.fieldErrors.some((error) => error.field === 'token')) setLinkInvalid(true);
          else setFailure(fieldErrorsFailure(form, result.fieldErrors));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  if (linkInvalid) return <InvalidResetLink reason="invalid" />;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormFailure failure={failure} />
        <PasswordField
          label={t('resetPassword.newPassword')}
          description={t('signUp.passwordHint', { min: passwordMinLength })}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Button type="submit" loading={form.submitting}>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
