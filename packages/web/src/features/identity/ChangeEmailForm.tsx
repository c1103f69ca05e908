import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AccountPageDocument, RequestEmailChangeDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { PasswordField } from '../../components/ui/PasswordField';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';

/**
 * Moves the account to another address: the API mails a link to the new one and a notice to the current one, and
 * nothing changes until the link is followed. A change waiting for its link is shown (`pendingEmail`).
 */
export function ChangeEmailForm({ pendingEmail }: { pendingEmail: string | null }) {
  const { t } = useTranslation();
  const [requestChange] = useMutation(RequestEmailChangeDocument, { refetchQueries: [AccountPageDocument] });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { newEmail: '', currentPassword: '' },
    validate: { newEmail: validators.required('newEmail'), currentPassword: validators.required('currentPassword') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await requestChange({
        variables: { input: { newEmail: values.newEmail.trim(), currentPassword: values.currentPassword } },
      });
      const result = data?.requestEmailChange;
      if (!result) throw new Error('requestEmailChange returned no data');
      switch (result.__typename) {
        case 'RequestEmailChangeSuccess':
          form.reset();
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
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-email-title">
      <form onSubmit={submit} noValidate data-testid="change-email-form">
        <Stack gap="md">
          <Title order={2} size="h3" id="change-email-title">
            {t('account.email.title')}
          </Title>
          {pendingEmail && (
            <Alert color="blue" variant="light" role="status" data-testid="pending-email">
              {t('account.email.pending', { email: pendingEmail })}
            </Alert>
          )}
          <FormFailure failure={failure} />
          <TextInput type="email" label={t('account.email.new')} autoComplete="email" required {...form.getInputProps('newEmail')} />
          <PasswordField
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('account.email.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
