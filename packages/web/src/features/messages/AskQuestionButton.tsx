import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Composer_SendMessageDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterButton } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { useViewer } from '../identity/use-viewer';
import { messageMaxLength } from './message-limits';

interface AskQuestionButtonProps {
  expertId: string;
  expertName: string;
}

/**
 * "Ask a question" on an expert's page and on an offering: the first message of the one conversation between the
 * viewer and this expert (or the next one, if they already talk), then the thread. Visitors are sent to sign in and
 * back; an account whose address is not confirmed is told to confirm it first.
 */
export function AskQuestionButton({ expertId, expertName }: AskQuestionButtonProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const [opened, setOpened] = useState(false);

  if (!viewer) {
    return (
      <RouterButton
        to={`/sign-in?${new URLSearchParams({ next: `${location.pathname}${location.search}` }).toString()}`}
        variant="light"
        data-testid="ask-question"
      >
        {t('messages.ask.signIn')}
      </RouterButton>
    );
  }
  if (viewer.emailVerified === false) return <EmailNotVerifiedNotice title={t('messages.ask.verifyFirst')} />;
  return (
    <>
      <Button variant="light" onClick={() => setOpened(true)} data-testid="ask-question">
        {t('messages.ask.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('messages.ask.title', { name: expertName })} size="lg">
        <AskQuestionForm expertId={expertId} expertName={expertName} onCancel={() => setOpened(false)} />
      </Modal>
    </>
  );
}

function AskQuestionForm({ expertId, expertName, onCancel }: AskQuestionButtonProps & { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [ask] = useMutation(Composer_SendMessageDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : t('messages.fieldErrors.body.REQUIRED')) },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await ask({ variables: { input: { expertId, body: values.body.trim() } } });
      const result = data?.sendMessage;
      if (!result) throw new Error('sendMessage returned no data');
      switch (result.__typename) {
        case 'SendMessageSuccess':
          await navigate(`/messages/${result.conversation.id}`);
          return;
        case 'InvalidInputError':
          for (const error of result.fieldErrors) form.setFieldError('body', t(`messages.fieldErrors.body.${error.code}`, error.message));
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

  return (
    <form onSubmit={submit} noValidate data-testid="ask-question-form">
      <Stack gap="md">
        <Text size="sm">{t('messages.ask.intro', { name: expertName })}</Text>
        <FormFailure failure={failure} />
        <Textarea
          label={t('messages.ask.label')}
          description={t('messages.ask.hint')}
          required
          autosize
          minRows={4}
          maxRows={12}
          maxLength={messageMaxLength}
          data-autofocus
          {...form.getInputProps('body')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {t('messages.ask.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
