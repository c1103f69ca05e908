import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Code, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { DecideContentReportDocument, type ReportCard_ReportFragment, type ReportStatus } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { useDateFormat } from '../identity/use-date-format';
import { Stars } from '../reviews/RatingStars';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { ReportWorkspaceSnapshot } from './ReportWorkspaceSnapshot';

export const reportNoteMaxLength = 2000;

const statusColors: Record<ReportStatus, string> = { OPEN: 'orange', HIDDEN: 'red', KEPT: 'teal' };

/**
 * What was reported, as it stands: a review's rating, text and author (hidden ones too), the expert it is about or
 * the reported profile, with links to the public profile and to the admin experts page (where a suspension is lifted).
 */
function ReportedContent({ report }: { report: ReportCard_ReportFragment }) {
  const { t } = useTranslation();
  const { review, expert } = report;
  return (
    <Stack gap={4} data-testid="report-target">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t(`reports.admin.target.${report.kind}`)}
        </Text>
        {expert && (
          <Anchor component={Link} to={`/experts/${expert.slug}`} size="sm">
            {expert.displayName}
          </Anchor>
        )}
        {report.kind === 'EXPERT' && (
          <Anchor component={Link} to="/admin/experts" size="sm">
            {t('reports.admin.openExperts')}
          </Anchor>
        )}
        {!review && !expert && <Code>{report.targetId}</Code>}
      </Group>
      {review && (
        <Paper withBorder radius="sm" p="xs" bg="gray.0">
          <Group gap="xs">
            <Stars value={review.rating} size="xs" />
            <Text size="xs" c="dimmed">
              {t('reports.admin.reviewBy', { name: review.authorName })}
            </Text>
          </Group>
          <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap' }}>
            {review.body}
          </Text>
        </Paper>
      )}
      {report.kind === 'EXPERT' && expert?.headline && (
        <Text size="sm" c="dimmed">
          {expert.headline}
        </Text>
      )}
    </Stack>
  );
}

/** One report on `/admin/reports`: what, why, who and when; open ones take a note and "Hide" or "Keep". */
export function ReportCard({ report }: { report: ReportCard_ReportFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Paper withBorder radius="md" p="md" component="article" data-testid="report" aria-label={t(`reports.admin.cardLabel.${report.kind}`)}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap" justify="space-between">
          <Group gap="sm" wrap="wrap">
            <Badge variant="light" tt="none" data-testid="report-kind">
              {t(`reports.kind.${report.kind}`)}
            </Badge>
            <Text size="sm" fw={600} data-testid="report-reporter">
              {t('reports.admin.reportedBy', { name: report.reporterName })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed" component="time" dateTime={report.createdAt}>
            {dateTime(report.createdAt)}
          </Text>
        </Group>
        <ReportedContent report={report} />
        {report.workspaceSnapshot && <ReportWorkspaceSnapshot snapshot={report.workspaceSnapshot} />}
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={700} tt="uppercase">
            {t('reports.admin.reason')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="report-reason">
            {report.reason}
          </Text>
        </Stack>
        {report.status === 'OPEN' ? (
          <DecisionForm reportId={report.id} kind={report.kind} />
        ) : (
          <Stack gap={4} data-testid="report-decision">
            <Group gap="sm">
              <Badge color={statusColors[report.status]} variant="light" tt="none">
                {t(`reports.decision.${report.kind}.${report.status}`)}
              </Badge>
              {report.decidedAt && (
                <Text size="xs" c="dimmed" component="time" dateTime={report.decidedAt}>
                  {dateTime(report.decidedAt)}
                </Text>
              )}
            </Group>
            {report.decisionNote && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="report-note">
                {report.decisionNote}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

type Decision = 'hide' | 'keep';

/** The admin's note and the two decisions; both need the note (the API's field error shows under it). */
function DecisionForm({ reportId, kind }: { reportId: string; kind: ReportCard_ReportFragment['kind'] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [decide] = useMutation(DecideContentReportDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const form = useForm({ initialValues: { note: '' } });

  const run = (decision: Decision) =>
    attempt(async () => {
      form.clearErrors();
      setDeciding(decision);
      try {
        const { data } = await decide({
          variables: { input: { reportId, hide: decision === 'hide', note: form.getValues().note.trim() } },
        });
        const result = data?.decideContentReport;
        if (!result) throw new Error('decideContentReport returned no data');
        switch (result.__typename) {
          case 'ReportSuccess':
            // Every open report of the same content closes with it: dropping the lists makes the page fetch
            // them again (the refunds table does the same); the audit log has a new entry.
            client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'contentReports' });
            client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
            client.cache.gc();
            notifications.show({ color: decision === 'hide' ? 'red' : 'teal', message: t(`reports.admin.done.${kind}.${decision}`) });
            return;
          case 'InvalidInputError':
            setFailure(fieldErrorsFailure(form, result.fieldErrors, 'reports.fieldErrors'));
            return;
          default:
            assertNever(result);
        }
      } finally {
        setDeciding(null);
      }
    });

  return (
    <form onSubmit={(event) => event.preventDefault()} noValidate data-testid="report-decision-form">
      <Stack gap="sm">
        <FormFailure failure={failure} />
        <Textarea
          label={t('reports.admin.noteLabel')}
          description={t('reports.admin.noteHint')}
          required
          autosize
          minRows={2}
          maxRows={8}
          maxLength={reportNoteMaxLength}
          {...form.getInputProps('note')}
        />
        <Group gap="sm">
          {kind !== 'SESSION' && kind !== 'MESSAGE' && (
            <Button color="red" loading={deciding === 'hide'} disabled={deciding === 'keep'} onClick={() => void run('hide')}>
              {t(`reports.admin.hide.${kind}`)}
            </Button>
          )}
          <Button variant="default" loading={deciding === 'keep'} disabled={deciding === 'hide'} onClick={() => void run('keep')}>
            {kind === 'SESSION' || kind === 'MESSAGE' ? t('reports.admin.close') : t('reports.admin.keep')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
