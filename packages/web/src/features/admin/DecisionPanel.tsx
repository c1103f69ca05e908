import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ApproveApplicationDocument,
  RejectApplicationDocument,
  RequestApplicationChangesDocument,
  type DecisionPanel_ApplicationFragment,
  type ApplicationResultFieldsFragment,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { assertNever } from '../../lib/errors';
import { ApplicationStatusBadge } from '../applications/ApplicationStatusBadge';
import { useDateFormat } from '../identity/use-date-format';
import { ReasonModal, type ModerationOutcome } from './ReasonModal';

type Decision = 'approve' | 'requestChanges' | 'reject';

const colors: Record<Decision, string> = { approve: 'teal', requestChanges: 'orange', reject: 'red' };

/**
 * Approve, request changes or reject a submitted application, each confirmed in a dialog with the reason the
 * applicant will read (required except to approve). Then back to the queue. A decided application shows its decision.
 */
export function DecisionPanel({ application, queuePath }: { application: DecisionPanel_ApplicationFragment; queuePath: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { dateTime } = useDateFormat();
  const [open, setOpen] = useState<Decision | null>(null);
  const [approve] = useMutation(ApproveApplicationDocument);
  const [reject] = useMutation(RejectApplicationDocument);
  const [requestChanges] = useMutation(RequestApplicationChangesDocument);

  const decide = async (decision: Decision, reason: string): Promise<ModerationOutcome> => {
    // No reason: left out rather than null, which the API refuses.
    const input = { applicationId: application.id, ...(reason ? { reason } : {}) };
    let result: ApplicationResultFieldsFragment | undefined;
    switch (decision) {
      case 'approve':
        result = (await approve({ variables: { input } })).data?.approveApplication;
        break;
      case 'requestChanges':
        result = (await requestChanges({ variables: { input } })).data?.requestApplicationChanges;
        break;
      case 'reject':
        result = (await reject({ variables: { input } })).data?.rejectApplication;
        break;
      default:
        assertNever(decision);
    }
    if (!result) throw new Error(`${decision} returned no data`);
    switch (result.__typename) {
      case 'ApplicationSuccess':
        // The queue's lists no longer hold what they held; the experts list gains an expert on approval.
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'moderationQueue' });
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'adminExperts' });
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
        client.cache.gc();
        notifications.show({
          color: colors[decision],
          message: t(`admin.decision.${decision}.done`, { name: application.applicant?.displayName ?? '' }),
        });
        void navigate(queuePath);
        return { kind: 'done' };
      case 'InvalidInputError':
        return { kind: 'invalid', errors: result.fieldErrors };
      // Deciding does not need a confirmed address; the union is shared with the applicant's own mutations.
      case 'EmailNotVerifiedError':
        return { kind: 'refused', message: result.message };
      // The applicant emptied their tax profile after submitting paid offerings: ask for changes instead.
      case 'TaxProfileRequiredError':
        return { kind: 'refused', message: t('tax.publish.adminRefused') };
      case 'InvalidTransitionError':
        return {
          kind: 'refused',
          message: t('admin.decision.invalidTransition', {
            status: t(`applicationStatus.${result.from}.name`),
            action: t(`admin.decision.${decision}.verb`),
          }),
        };
      default:
        return assertNever(result);
    }
  };

  if (application.status !== 'SUBMITTED') {
    return (
      <Alert color="gray" variant="light" title={t('admin.decision.decidedTitle')}>
        <Stack gap={6}>
          <Group gap="xs">
            <ApplicationStatusBadge status={application.status} />
            {application.reviewedAt && (
              <Text size="sm" c="dimmed">
                {dateTime(application.reviewedAt)}
              </Text>
            )}
          </Group>
          {application.reviewerReason && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {t('admin.decision.reason', { reason: application.reviewerReason })}
            </Text>
          )}
          <Text size="sm">{t('admin.decision.notSubmitted')}</Text>
        </Stack>
      </Alert>
    );
  }

  const decisions: Decision[] = ['approve', 'requestChanges', 'reject'];
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="decision-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="decision-title">
          {t('admin.decision.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin.decision.intro')}
        </Text>
        <Group gap="sm">
          {decisions.map((decision) => (
            <Button
              key={decision}
              color={colors[decision]}
              variant={decision === 'approve' ? 'filled' : 'light'}
              onClick={() => setOpen(decision)}
            >
              {t(`admin.decision.${decision}.button`)}
            </Button>
          ))}
        </Group>
      </Stack>
      {decisions.map((decision) => (
        <ReasonModal
          key={decision}
          opened={open === decision}
          onClose={() => setOpen(null)}
          title={t(`admin.decision.${decision}.title`)}
          text={t(`admin.decision.${decision}.text`)}
          reasonLabel={t(`admin.decision.${decision}.reasonLabel`)}
          reasonHint={t('admin.decision.reasonHint')}
          reasonRequired={decision !== 'approve'}
          confirmLabel={t(`admin.decision.${decision}.confirm`)}
          color={colors[decision]}
          onConfirm={(reason) => decide(decision, reason)}
        />
      ))}
    </Paper>
  );
}
