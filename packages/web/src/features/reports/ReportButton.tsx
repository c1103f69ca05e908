import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ReportContentDocument, type ReportKind } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { useViewer } from '../identity/use-viewer';
import { fieldErrorsFailure } from '../../lib/field-errors';

export const reportReasonMaxLength = 1000;

interface ReportButtonProps {
  kind: ReportKind;
  targetId: string;
}

/**
 * "Report" under a review or on a profile, for signed-in visitors: a dialog asks why, and the admins decide
 * (`/admin/reports`). The API refuses one's own content and a second open report of the same thing.
 */
export function ReportButton({ kind, targetId }: ReportButtonProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [opened, setOpened] = useState(false);
  if (!viewer) return null;
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        size="compact-xs"
        onClick={() => setOpened(true)}
        aria-label={t(`reports.buttonLabel.${kind}`)}
        data-testid="report-button"
      >
        {t('reports.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t(`reports.title.${kind}`)} centered size="lg">
        <ReportForm kind={kind} targetId={targetId} onClose={() => setOpened(false)} />
      </Modal>
    </>
  );
}

function ReportForm({ kind, targetId, onClose }: ReportButtonProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const [reportContent] = useMutation(ReportContentDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [sent, setSent] = useState(false);
  const form = useForm({ initialValues: { reason: '' } });

  const submit = form.onSubmit(({ reason }) =>
    attempt(async () => {
      const { data } = await reportContent({ variables: { input: { kind, targetId, reason: reason.trim() } } });
      const result = data?.reportContent;
      if (!result) throw new Error('reportContent returned no data');
      switch (result.__typename) {
        case 'ReportSuccess':
          setSent(true);
          return;
        case 'ReportNotPossibleError':
          setFailure({ kind: 'message', message: t('reports.notPossible') });
          return;
        case 'ReportOwnContentError':
          setFailure({ kind: 'message', message: t('reports.ownContent') });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors, 'reports.fieldErrors'));
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
          {t('reports.sent')}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('reports.close')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate data-testid="report-form">
      <Stack gap="md">
        <Text size="sm">{t(`reports.text.${kind}`)}</Text>
        <FormFailure failure={failure} />
        <Textarea
          label={t('reports.reasonLabel')}
          description={t('reports.reasonHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={reportReasonMaxLength}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            {t('reports.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
