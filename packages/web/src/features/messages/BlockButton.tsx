import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { BlockButton_SetBlockedDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';

interface BlockButtonProps {
  conversationId: string;
  blockedByMe: boolean;
  otherName: string;
}

/** "Block" (after a confirmation saying what it does) or "Unblock" the other side of a conversation. */
export function BlockButton({ conversationId, blockedByMe, otherName }: BlockButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [setBlocked, { loading }] = useMutation(BlockButton_SetBlockedDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const change = (blocked: boolean) =>
    attempt(async () => {
      const { data } = await setBlocked({ variables: { input: { conversationId, blocked } } });
      const result = data?.setConversationBlocked;
      if (!result) throw new Error('setConversationBlocked returned no data');
      switch (result.__typename) {
        case 'ConversationSuccess':
          setOpened(false);
          return;
        case 'MessagingNotAllowedError':
          setFailure({ kind: 'message', message: t(`messages.notAllowed.${result.reason}`) });
          return;
        default:
          assertNever(result);
      }
    });

  if (blockedByMe) {
    return (
      <Stack gap={4} align="flex-end">
        <Button variant="default" size="xs" loading={loading} onClick={() => void change(false)}>
          {t('messages.block.unblock')}
        </Button>
        <FormFailure failure={failure} />
      </Stack>
    );
  }
  return (
    <>
      <Button variant="subtle" color="red" size="xs" onClick={() => setOpened(true)}>
        {t('messages.block.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('messages.block.title', { name: otherName })} centered>
        <Stack gap="md">
          <Text size="sm">{t('messages.block.text', { name: otherName })}</Text>
          <FormFailure failure={failure} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={loading} onClick={() => void change(true)}>
              {t('messages.block.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
