import { useMutation } from '@apollo/client/react';
import { Alert, Blockquote, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  WithdrawApplicationDocument,
  type ApplicationStatusPanel_ApplicationFragment,
  type ApplicationStatusPanel_ExpertFragment,
} from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterButton } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { useDateFormat } from '../identity/use-date-format';
import { ApplicationStatusBadge, applicationStatusColors } from './ApplicationStatusBadge';

interface ApplicationStatusPanelProps {
  application: ApplicationStatusPanel_ApplicationFragment | null;
  expert: ApplicationStatusPanel_ExpertFragment | null;
}

/**
 * Where the viewer's application stands, in plain words, with the reviewer's reason; "Withdraw" while it waits
 * for review. For an approved expert: the link to their public profile, and how edits are reviewed.
 */
export function ApplicationStatusPanel({ application, expert }: ApplicationStatusPanelProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawApplicationDocument);
  const { failure, setFailure, attempt } = useFormFailure();

  const onWithdraw = () =>
    attempt(async () => {
      if (!application) return;
      const { data } = await withdraw({ variables: { input: { applicationId: application.id } } });
      const result = data?.withdrawApplication;
      if (!result) throw new Error('withdrawApplication returned no data');
      switch (result.__typename) {
        case 'ApplicationSuccess':
          notifications.show({ color: 'teal', message: t('apply.withdrawn') });
          return;
        case 'InvalidTransitionError':
          setFailure({ kind: 'message', message: t('apply.blocked', { status: t(`applicationStatus.${result.from}.name`) }) });
          return;
        // Withdrawing never meets these; the union is shared with saving and submitting.
        case 'InvalidInputError':
        case 'EmailNotVerifiedError':
        case 'TaxProfileRequiredError':
          setFailure({ kind: 'message', message: result.message });
          return;
        default:
          assertNever(result);
      }
    });

  const isEdit = application?.kind === 'EDIT';
  return (
    <Stack gap="md">
      {expert && (
        <Alert color={expert.status === 'SUSPENDED' ? 'orange' : 'teal'} variant="light" title={t('apply.expert.title')}>
          <Stack gap="xs">
            <Text size="sm">{expert.status === 'SUSPENDED' ? t('apply.expert.suspended') : t('apply.expert.text')}</Text>
            <Group>
              <RouterButton to={`/experts/${expert.slug}`} size="xs" variant="white">
                {t('apply.expert.profileLink')}
              </RouterButton>
            </Group>
          </Stack>
        </Alert>
      )}
      {application ? (
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="application-status-title">
          <Stack gap="sm">
            <Group gap="sm" wrap="wrap">
              <Title order={2} size="h4" id="application-status-title">
                {isEdit ? t('apply.status.titleEdit') : t('apply.status.title')}
              </Title>
              <ApplicationStatusBadge status={application.status} data-testid="application-status" />
            </Group>
            <Text size="sm">{t(`applicationStatus.${application.status}.${isEdit ? 'explainEdit' : 'explain'}`)}</Text>
            {application.reviewerReason && (
              <Blockquote color={applicationStatusColors[application.status]} p="sm" mt={4} cite={t('apply.status.reasonCite')}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="application-reviewer-reason">
                  {application.reviewerReason}
                </Text>
              </Blockquote>
            )}
            <Group gap="lg" wrap="wrap">
              {application.submittedAt && (
                <Text size="xs" c="dimmed">
                  {t('apply.status.submittedAt', { date: dateTime(application.submittedAt) })}
                </Text>
              )}
              {application.reviewedAt && (
                <Text size="xs" c="dimmed">
                  {t('apply.status.reviewedAt', { date: dateTime(application.reviewedAt) })}
                </Text>
              )}
            </Group>
            <FormFailure failure={failure} />
            {application.status === 'SUBMITTED' && (
              <Group>
                <Button variant="default" loading={withdrawing} onClick={() => void onWithdraw()}>
                  {t('apply.withdraw')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ) : (
        !expert && (
          <Paper withBorder radius="md" p="lg">
            <Text size="sm">{t('apply.intro')}</Text>
          </Paper>
        )
      )}
    </Stack>
  );
}
