import { useMutation } from '@apollo/client/react';
import { Button, CloseButton, FileButton, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Composer_SendMessageDocument, type MessageItem_MessageFragment } from '@skillcall/schema';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { imageAccept, imageProblem, messageMaxLength } from './message-limits';
import { ImageUploadError, uploadMessageImage } from './upload-image';

interface ComposerProps {
  conversationId: string;
  /** The message as the API stored it, shown at once (its live copy arrives too, and counts once). */
  onSent: (message: MessageItem_MessageFragment) => void;
}

/**
 * The box under a thread: text (Enter sends, Shift+Enter starts a line) and an optional image (JPEG, PNG or WebP up to
 * 5 MB). The API's refusals show on the field they concern: contact details in the text, an image it cannot take.
 */
export function Composer({ conversationId, onSent }: ComposerProps) {
  const { t } = useTranslation();
  const [send] = useMutation(Composer_SendMessageDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [image, setImage] = useState<File | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const form = useForm({ initialValues: { body: '' } });

  const pick = (file: File | null) => {
    const problem = file ? imageProblem(file) : null;
    setImageError(problem ? t(`messages.fieldErrors.image.${problem}`) : null);
    setImage(problem ? null : file);
  };

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const body = values.body.trim();
      if (!body && !image) {
        form.setFieldError('body', t('messages.fieldErrors.body.REQUIRED'));
        return;
      }
      let imageIds: string[] = [];
      if (image) {
        try {
          imageIds = [await uploadMessageImage(image)];
        } catch (error) {
          if (!(error instanceof ImageUploadError)) throw error;
          setImageError(t(`messages.fieldErrors.image.${error.code}`, t('messages.fieldErrors.image.INVALID')));
          return;
        }
      }
      const { data } = await send({ variables: { input: { conversationId, body, imageIds } } });
      const result = data?.sendMessage;
      if (!result) throw new Error('sendMessage returned no data');
      switch (result.__typename) {
        case 'SendMessageSuccess':
          onSent(result.sent);
          form.reset();
          setImage(null);
          return;
        case 'InvalidInputError':
          for (const error of result.fieldErrors) {
            if (error.field.startsWith('imageIds')) setImageError(t(`messages.fieldErrors.image.${error.code}`, error.message));
            else form.setFieldError('body', t(`messages.fieldErrors.body.${error.code}`, error.message));
          }
          return;
        case 'RateLimitedError':
          setFailure(rateLimitFailure(t, result.retryAfterSeconds));
          return;
        case 'MessagingNotAllowedError':
          setFailure({ kind: 'message', message: t(`messages.notAllowed.${result.reason}`) });
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
          return;
        default:
          assertNever(result);
      }
    }),
  );

  const sendOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="composer">
      <Stack gap="xs">
        <FormFailure failure={failure} />
        <Textarea
          label={t('messages.message')}
          placeholder={t('messages.placeholder')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={messageMaxLength}
          onKeyDown={sendOnEnter}
          {...form.getInputProps('body')}
        />
        {image && (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" truncate data-testid="attached-image">
              {image.name}
            </Text>
            <CloseButton aria-label={t('messages.removeImage', { name: image.name })} onClick={() => setImage(null)} />
          </Group>
        )}
        {imageError && (
          <Text size="sm" c="red" role="alert">
            {imageError}
          </Text>
        )}
        <Group justify="space-between" gap="xs">
          <FileButton onChange={pick} accept={imageAccept}>
            {(props) => (
              <Button variant="default" {...props}>
                {t('messages.attachImage')}
              </Button>
            )}
          </FileButton>
          <Button type="submit" loading={form.submitting}>
            {t('messages.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
