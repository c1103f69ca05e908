import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
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
  /** The review's, the expert's or (for a session) the booking's id. */
  targetId: string;
  /** A session's report: the form offers to attach the booking's workspace (notes, code, whiteboard) as it is now. */
  workspaceBookingId?: string;
}

/**
 * "Report" under a review or on a profile, for signed-in visitors, and "Report a problem with this session" on a
 * booking's page for its two participants: a dialog asks why, and the admins decide (`/admin/reports`). The API
 * refuses one's own content, someone else's session and a second open report of the same thing.
 */
export function ReportButton({ kind, targetId, workspaceBookingId }: ReportButtonProps) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [opened, setOpened] = useState(false);
  if (!viewer) return null;
  return (
    <>
      {kind === 'SESSION' ? (
        <Button variant="default" color="red" onClick={() => setOpened(true)} data-testid="report-button">
          {t('reports.buttonLabel.SESSION')}
        </Button>
      ) : (
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
      )}
      <Modal opened={opened} onClose={() => setOpened(false)} title={t(`reports.title.${kind}`)} centered size="lg">
        <ReportForm kind={kind} targetId={targetId} workspaceBookingId={workspaceBookingId} onClose={() => setOpened(false)} />
      </Modal>
    </>
  );
}

function ReportForm({ kind, targetId, workspaceBookingId, onClose }: ReportButtonProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const [reportContent] = useMutation(ReportContentDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [sent, setSent] = useState(false);
  const form = useForm({ initialValues: { reason: '', workspaceBookingId: false } });

  const submit = form.onSubmit(({ reason, workspaceBookingId: attach }) =>
    attempt(async () => {
      const input = { kind, targetId, reason: reason.trim(), workspaceBookingId: attach && workspaceBookingId ? workspaceBookingId : null };
      const { data } = await reportContent({ variables: { input } });
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
        {workspaceBookingId && (
          <Checkbox
            label={t('reports.attachWorkspace')}
            description={t('reports.attachWorkspaceHint')}
            {...form.getInputProps('workspaceBookingId', { type: 'checkbox' })}
          />
        )}
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
