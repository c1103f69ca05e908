import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MyPasskeysDocument, RemovePasskeyDocument, type PasskeyFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';

/** "Remove this passkey?": it stops signing in at once; the API refuses if it is the account's last way in. */
export function PasskeyRemoveDialog({ passkey, onClose }: { passkey: PasskeyFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [removePasskey, { loading }] = useMutation(RemovePasskeyDocument, {
    refetchQueries: [MyPasskeysDocument],
    awaitRefetchQueries: true,
  });
  const { failure, setFailure, attempt } = useFormFailure();
  const close = () => {
    setFailure(null);
    onClose();
  };
  const confirm = (key: PasskeyFieldsFragment) =>
    attempt(async () => {
      const { data } = await removePasskey({ variables: { input: { id: key.id } } });
      const result = data?.removePasskey;
      if (!result) throw new Error('removePasskey returned no data');
      switch (result.__typename) {
        case 'RemovePasskeySuccess':
          notifications.show({ color: 'teal', message: t('passkeys.removed', { name: key.name }) });
          close();
          return;
        case 'LastSignInMethodError':
          setFailure({ kind: 'message', message: t('passkeys.lastMethod') });
          return;
        default:
          assertNever(result);
      }
    });

  return (
    <Modal opened={passkey !== null} onClose={close} title={t('passkeys.removeTitle')} centered>
      {passkey && (
        <Stack gap="md">
          <FormFailure failure={failure} />
          <Text size="sm">{t('passkeys.removeText', { name: passkey.name })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm(passkey)}>
              {t('passkeys.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
