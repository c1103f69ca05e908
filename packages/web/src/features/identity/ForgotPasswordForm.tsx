import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RequestPasswordResetDocument } from '@skillcall/schema';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterAnchor } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';
import { useDevMailbox } from '../notifications/use-dev-mailbox';

/**
 * Asks for a reset link. The answer is the same whether or not an account uses the address,
 * so this page cannot be used to learn who has an account.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [requestReset] = useMutation(RequestPasswordResetDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [sent, setSent] = useState(false);
  const form = useForm({ initialValues: { email: '' }, validate: { email: validators.required('email') } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await requestReset({ variables: { input: values } });
      const result = data?.requestPasswordReset;
      if (!result) throw new Error('requestPasswordReset returned no data');
      switch (result.__typename) {
        case 'RequestPasswordResetSuccess':
          setSent(true);
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

  if (sent) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" title={t('forgotPassword.sentTitle')} role="status">
          {t('forgotPassword.sent')}
        </Alert>
        <DevMailboxHint />
        <RouterAnchor to="/sign-in" size="sm">
          {t('forgotPassword.backToSignIn')}
        </RouterAnchor>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('forgotPassword.intro')}</Text>
        <FormFailure failure={failure} />
        <TextInput type="email" label={t('forgotPassword.email')} autoComplete="email" required {...form.getInputProps('email')} />
        <Button type="submit" loading={form.submitting}>
          {t('forgotPassword.submit')}
        </Button>
        <RouterAnchor to="/sign-in" size="sm">
          {t('forgotPassword.backToSignIn')}
        </RouterAnchor>
      </Stack>
    </form>
  );
}

/** Where the link went, on a server that keeps its email in the dev mailbox; nothing otherwise. */
function DevMailboxHint() {
  const devMailbox = useDevMailbox();
  if (!devMailbox) return null;
  return (
    <Text size="sm" c="dimmed">
      <Trans
        i18nKey="forgotPassword.devHint"
        components={{ mailbox: <Anchor component={Link} to="/dev/mailbox" inherit underline="always" /> }}
      />
    </Text>
  );
}
