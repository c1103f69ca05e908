import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ReportMessageButton_ReportDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';

const reasonMaxLength = 1000;

/**
 * "Report" on a message from the other side: a dialog asks why, and the message goes to the moderators' queue with
 * the messages around it (they see only reported threads).
 */
export function ReportMessageButton({ messageId }: { messageId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="subtle" color="gray" size="compact-xs" onClick={() => setOpened(true)} aria-label={t('messages.report.label')}>
        {t('messages.report.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('messages.report.title')} centered size="lg">
        <ReportForm messageId={messageId} onClose={() => setOpened(false)} />
      </Modal>
    </>
  );
}

function ReportForm({ messageId, onClose }: { messageId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [report] = useMutation(ReportMessageButton_ReportDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [sent, setSent] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() ? null : t('messages.report.required')) },
  });

  const submit = form.onSubmit(({ reason }) =>
    attempt(async () => {
      const { data } = await report({ variables: { input: { messageId, reason: reason.trim() } } });
      const result = data?.reportMessage;
      if (!result) throw new Error('reportMessage returned no data');
      switch (result.__typename) {
        case 'ReportMessageSuccess':
          setSent(true);
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'messages.report.fieldErrors'));
          return;
        case 'ReportNotPossibleError':
          setFailure({ kind: 'message', message: t('reports.notPossible') });
          return;
        case 'MessagingNotAllowedError':
          setFailure({ kind: 'message', message: t(`messages.notAllowed.${result.reason}`) });
          return;
        default:
          assertNever(result);
      }
    }),
  );

  if (sent) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" role="status" data-testid="report-sent">
          {t('messages.report.sent')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('messages.report.close')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <form onSubmit={submit} noValidate data-testid="report-message-form">
      <Stack gap="md">
        <Text size="sm">{t('messages.report.text')}</Text>
        <FormFailure failure={failure} />
        <Textarea
          label={t('messages.report.reason')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={reasonMaxLength}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            {t('messages.report.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
