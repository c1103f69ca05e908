import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DeleteAccountDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { PasswordField } from '../../components/ui/PasswordField';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';
import { useLeaveSession } from '../identity/use-session';

/** Asks for the password (unless a passkey signed in moments ago) and the account's email typed again; on success the session is gone and the goodbye page shows. */
export function DeleteAccountDialog({
  opened,
  onClose,
  email,
  upcomingBookings,
}: {
  opened: boolean;
  onClose: () => void;
  email: string;
  upcomingBookings: number;
}) {
  const { t } = useTranslation();
  const leaveSession = useLeaveSession();
  const [deleteAccount] = useMutation(DeleteAccountDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    // The password may stay empty after a passkey sign-in of the last minutes: the API says when it is needed.
    validate: {
      confirmation: (value) => (value.trim().toLowerCase() === email.toLowerCase() ? null : t('privacy.deletion.confirmationMismatch')),
    },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await deleteAccount({ variables: { input: values } });
      const result = data?.deleteAccount;
      if (!result) throw new Error('deleteAccount returned no data');
      switch (result.__typename) {
        case 'DeleteAccountSuccess':
          await leaveSession('/account-deleted', { replace: true, state: { cancelledBookings: result.cancelledBookings } });
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
    <Modal opened={opened} onClose={onClose} title={t('privacy.deletion.modalTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {upcomingBookings > 0 ? t('privacy.deletion.upcoming', { count: upcomingBookings }) : t('privacy.deletion.noUpcoming')}
          </Text>
          <Text size="sm" fw={600}>
            {t('privacy.deletion.irreversible')}
          </Text>
          <FormFailure failure={failure} />
          <PasswordField
            label={t('privacy.deletion.password')}
            description={t('privacy.deletion.passwordHint')}
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('privacy.deletion.confirmation')}
            description={t('privacy.deletion.confirmationHint', { email })}
            autoComplete="off"
            required
            {...form.getInputProps('confirmation')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('privacy.deletion.keep')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('privacy.deletion.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
