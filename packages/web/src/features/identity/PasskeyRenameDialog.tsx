import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { RenamePasskeyDocument, type PasskeyFieldsFragment } from '@skillcall/schema';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';

/** A new name for one passkey. */
export function PasskeyRenameDialog({ passkey, onClose }: { passkey: PasskeyFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [renamePasskey] = useMutation(RenamePasskeyDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { name: '' }, validate: { name: validators.required('name') } });
  const { setValues } = form;
  useEffect(() => {
    if (passkey) setValues({ name: passkey.name });
  }, [passkey, setValues]);

  const close = () => {
    setFailure(null);
    onClose();
  };
  const submit = form.onSubmit((values) =>
    attempt(async () => {
      if (!passkey) return;
      const { data } = await renamePasskey({ variables: { input: { id: passkey.id, name: values.name } } });
      const result = data?.renamePasskey;
      if (!result) throw new Error('renamePasskey returned no data');
      switch (result.__typename) {
        case 'RenamePasskeySuccess':
          notifications.show({ color: 'teal', message: t('passkeys.renamed') });
          close();
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
    <Modal opened={passkey !== null} onClose={close} title={t('passkeys.renameTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormFailure failure={failure} />
          <TextInput label={t('passkeys.name')} maxLength={60} required data-autofocus {...form.getInputProps('name')} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('passkeys.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
