import { useMutation } from '@apollo/client/react';
import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { startRegistration } from '@simplewebauthn/browser';
import { FinishPasskeyRegistrationDocument, MyPasskeysDocument, StartPasskeyRegistrationDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { browserPasskeyFailure } from './passkey-failure';

/** A name, then the browser creates the passkey (fingerprint, face, PIN…) and the API keeps it under that name. */
export function PasskeyAddForm() {
  const { t } = useTranslation();
  const [start] = useMutation(StartPasskeyRegistrationDocument);
  const [finish] = useMutation(FinishPasskeyRegistrationDocument, { refetchQueries: [MyPasskeysDocument], awaitRefetchQueries: true });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { name: '' }, validate: { name: validators.required('name') } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await start();
      const options = data?.startPasskeyRegistration;
      if (!options) throw new Error('startPasskeyRegistration returned no data');
      let response;
      try {
        response = await startRegistration({ optionsJSON: JSON.parse(options.optionsJson) });
      } catch (error) {
        setFailure(browserPasskeyFailure(t, error));
        return;
      }
      const finished = await finish({
        variables: { input: { challengeId: options.challengeId, response: JSON.stringify(response), name: values.name } },
      });
      const result = finished.data?.finishPasskeyRegistration;
      if (!result) throw new Error('finishPasskeyRegistration returned no data');
      switch (result.__typename) {
        case 'FinishPasskeyRegistrationSuccess':
          form.reset();
          notifications.show({ color: 'teal', message: t('passkeys.added', { name: result.passkey.name }) });
          return;
        case 'PasskeyVerificationFailedError':
          setFailure({ kind: 'message', message: t('passkeys.verificationFailed') });
          return;
        case 'PasskeyChallengeExpiredError':
          setFailure({ kind: 'message', message: t('passkeys.expired') });
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
      <FormFailure failure={failure} />
      <Group align="flex-end" gap="sm" mt={failure ? 'sm' : 0}>
        <TextInput
          label={t('passkeys.name')}
          description={t('passkeys.nameHint')}
          maxLength={60}
          required
          style={{ flex: '1 1 16rem' }}
          {...form.getInputProps('name')}
        />
        <Button type="submit" loading={form.submitting}>
          {t('passkeys.add')}
        </Button>
      </Group>
    </form>
  );
}
