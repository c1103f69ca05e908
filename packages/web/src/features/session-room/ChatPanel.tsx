import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, ScrollArea, Stack, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SendSessionMessageDocument, type BookingRole, type FieldErrorCode, type SessionMessageFieldsFragment } from '@skillcall/schema';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { ChatMessages } from './ChatMessages';

const bodyMaxLength = 2000;

interface ChatPanelProps {
  bookingId: string;
  myRole: BookingRole;
  messages: readonly SessionMessageFieldsFragment[];
  /** A message this page sent, shown at once (its live copy arrives too, and counts once). */
  onSent: (message: SessionMessageFieldsFragment) => void;
}

/** The room's text chat: what was said (links clickable), newest at the bottom, and a box to write. */
export function ChatPanel({ bookingId, myRole, messages, onSent }: ChatPanelProps) {
  const { t } = useTranslation();
  const viewport = useRef<HTMLDivElement>(null);
  const [send] = useMutation(SendSessionMessageDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : t('room.chat.required')) },
  });
  const bodyError = (code: FieldErrorCode) =>
    code === 'TOO_LONG'
      ? t('room.chat.tooLong', { max: bodyMaxLength })
      : code === 'CONTACT_DETAILS'
        ? t('room.chat.contactDetails')
        : t('room.chat.required');

  const lastId = messages.at(-1)?.id;
  useEffect(() => {
    const element = viewport.current;
    if (element) element.scrollTo({ top: element.scrollHeight });
  }, [lastId]);

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await send({ variables: { input: { bookingId, body: values.body.trim() } } });
      const result = data?.sendSessionMessage;
      if (!result) throw new Error('sendSessionMessage returned no data');
      switch (result.__typename) {
        case 'SessionMessageSuccess':
          onSent(result.sessionMessage);
          form.reset();
          return;
        case 'InvalidInputError': {
          const error = result.fieldErrors.find((fieldError) => fieldError.field === 'body');
          if (error) form.setFieldError('body', bodyError(error.code));
          else setFailure({ kind: 'message', message: result.fieldErrors.map((fieldError) => fieldError.message).join(' ') });
          return;
        }
        case 'SessionEndedError':
          setFailure({ kind: 'message', message: t('room.chat.ended') });
          return;
        case 'SessionNotOpenError':
          setFailure({ kind: 'message', message: t('room.chat.notOpen') });
          return;
        default:
          assertNever(result);
      }
    }),
  );

  // Enter sends, Shift+Enter starts a new line.
  const sendOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="chat-title" data-testid="chat-panel">
      <Stack gap="sm">
        <Title order={2} size="h5" id="chat-title">
          {t('room.chat.title')}
        </Title>
        <ScrollArea h={260} viewportRef={viewport} type="auto">
          <ChatMessages messages={messages} myRole={myRole} labelledBy="chat-title" />
        </ScrollArea>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <FormFailure failure={failure} />
            <Textarea
              label={t('room.chat.message')}
              placeholder={t('room.chat.placeholder')}
              autosize
              minRows={1}
              maxRows={4}
              maxLength={bodyMaxLength}
              onKeyDown={sendOnEnter}
              {...form.getInputProps('body')}
            />
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={form.submitting}>
                {t('room.chat.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
