import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { RevokeApiKeyDocument, type ApiKeyFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { useFormFailure } from '../../lib/form-failure';

/** "Revoke this key?": apps using it stop working at once; there is no undo. */
export function ApiKeyRevokeDialog({ apiKey, onClose }: { apiKey: ApiKeyFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [revokeApiKey, { loading }] = useMutation(RevokeApiKeyDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const close = () => {
    setFailure(null);
    onClose();
  };
  const confirm = (key: ApiKeyFieldsFragment) =>
    attempt(async () => {
      await revokeApiKey({ variables: { input: { id: key.id } } });
      notifications.show({ color: 'teal', message: t('apiKeys.revoke.done', { name: key.name }) });
      close();
    });

  return (
    <Modal opened={apiKey !== null} onClose={close} title={t('apiKeys.revoke.title')} centered>
      {apiKey && (
        <Stack gap="md">
          <FormFailure failure={failure} />
          <Text size="sm">{t('apiKeys.revoke.text', { name: apiKey.name, prefix: apiKey.prefix })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm(apiKey)}>
              {t('apiKeys.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
