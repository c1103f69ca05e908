import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SignInDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { PasswordField } from '../../components/ui/PasswordField';
import { RouterAnchor } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { landingAfterSignIn } from './landing';
import { rateLimitFailure } from '../../lib/rate-limit';
import { useSessionStarted } from './use-session';

/** Email and password; on success goes to `next` if given, else an expert's dashboard or the account page. */
export function SignInForm({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const sessionStarted = useSessionStarted();
  const [signIn] = useMutation(SignInDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: { email: validators.required('email'), password: validators.required('password') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await signIn({ variables: { input: values } });
      const result = data?.signIn;
      if (!result) throw new Error('signIn returned no data');
      switch (result.__typename) {
        case 'SignInSuccess':
          await sessionStarted(landingAfterSignIn(next, result.user.roles));
          return;
        case 'InvalidCredentialsError':
          setFailure({ kind: 'message', message: t('signIn.invalidCredentials') });
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
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormFailure failure={failure} />
        <TextInput type="email" label={t('signIn.email')} autoComplete="email webauthn" required {...form.getInputProps('email')} />
        <PasswordField label={t('signIn.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
        <Group justify="flex-end" mt={-8}>
          <RouterAnchor to="/forgot-password" size="sm">
            {t('signIn.forgot')}
          </RouterAnchor>
        </Group>
        <Button type="submit" loading={form.submitting}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
