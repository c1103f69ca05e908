import { useMutation } from '@apollo/client/react';
import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { SignUpDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { PasswordField } from '../../components/ui/PasswordField';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, passwordMinLength, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { browserTimeZone } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { rateLimitFailure } from '../../lib/rate-limit';
import { useSessionStarted } from './use-session';

/** Creates an account in the language shown and the browser's time zone, then signs in and goes to `next`. */
export function SignUpForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const sessionStarted = useSessionStarted();
  const [signUp] = useMutation(SignUpDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { displayName: '', email: '', password: '' },
    validate: {
      displayName: validators.required('displayName'),
      email: validators.required('email'),
      password: validators.newPassword('password'),
    },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const input = { ...values, locale: currentLanguage(), timeZone: browserTimeZone() };
      const { data } = await signUp({ variables: { input } });
      const result = data?.signUp;
      if (!result) throw new Error('signUp returned no data');
      switch (result.__typename) {
        case 'SignUpSuccess':
          notifications.show({
            color: 'teal',
            message: t('signUp.welcome', { name: result.user.displayName, email: result.user.email ?? '' }),
          });
          await sessionStarted(next);
          return;
        case 'RateLimitedError':
          setFailure(rateLimitFailure(t, result.retryAfterSeconds));
          return;
        case 'PasswordSignUpDisabledError':
          setFailure({ kind: 'message', message: t('providers.signUpWithProvider') });
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
        <FormFailure failure={failure} />
        <TextInput
          label={t('signUp.displayName')}
          description={t('signUp.displayNameHint')}
          autoComplete="name"
          required
          {...form.getInputProps('displayName')}
        />
        <TextInput type="email" label={t('signUp.email')} autoComplete="email" required {...form.getInputProps('email')} />
        <PasswordField
          label={t('signUp.password')}
          description={t('signUp.passwordHint', { min: passwordMinLength })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={form.submitting}>
          {t('signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
