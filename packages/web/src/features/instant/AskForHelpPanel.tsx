import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AskForHelpPanel_AskForHelpDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterButton } from '../../components/ui/RouterLink';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { useViewerTimeZone } from '../identity/use-date-format';
import { useViewer } from '../identity/use-viewer';
import { HelpRequestWaiting } from './HelpRequestWaiting';

const messageMaxLength = 500;

interface AskForHelpPanelProps {
  offeringId: string;
  expertName: string;
  /** Whether the expert is available now (live); the panel hides when they are not, unless a request is under way. */
  availableNow: boolean;
  /** A paid offering: the user pays once the expert accepts, and the intro says so. */
  paid: boolean;
}

/**
 * "Ask for help now", while the expert is available: an optional message, then the user joins the expert's queue and
 * waits here, live, until the expert answers (see HelpRequestWaiting).
 */
export function AskForHelpPanel({ offeringId, expertName, availableNow, paid }: AskForHelpPanelProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const timeZone = useViewerTimeZone();
  const [askForHelp] = useMutation(AskForHelpPanel_AskForHelpDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [writing, setWriting] = useState(false);
  const [requestId, setRequestId] = useState<string | null>(null);
  const form = useForm({ initialValues: { message: '' } });

  if (requestId) return <HelpRequestWaiting requestId={requestId} expertName={expertName} onDone={() => setRequestId(null)} />;
  if (!availableNow) return null;

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const message = values.message.trim();
      const { data } = await askForHelp({ variables: { input: { offeringId, message: message || null, timeZone } } });
      const result = data?.askForHelp;
      if (!result) throw new Error('askForHelp returned no data');
      switch (result.__typename) {
        case 'HelpRequestSuccess':
          form.reset();
          setWriting(false);
          setRequestId(result.request.id);
          return;
        case 'ExpertNotAvailableNowError':
          setFailure({ kind: 'message', message: t('instant.notAvailable', { name: expertName }) });
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
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
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="ask-help-title" bg="green.0">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ask-help-title">
          {t('instant.askTitle', { name: expertName })}
        </Title>
        <Text size="sm">{paid ? t('instant.askIntroPaid') : t('instant.askIntro')}</Text>
        {!viewer ? (
          <Group>
            <RouterButton to={`/sign-in?${new URLSearchParams({ next: location.pathname }).toString()}`} color="green">
              {t('instant.signInToAsk')}
            </RouterButton>
          </Group>
        ) : writing ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <FormFailure failure={failure} />
              <Textarea
                label={t('instant.message')}
                description={t('instant.messageHint')}
                autosize
                minRows={2}
                maxLength={messageMaxLength}
                {...form.getInputProps('message')}
              />
              <Group gap="sm">
                <Button type="submit" color="green" loading={form.submitting}>
                  {t('instant.send')}
                </Button>
                <Button variant="default" onClick={() => setWriting(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group>
            <Button color="green" onClick={() => setWriting(true)}>
              {t('instant.ask')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
