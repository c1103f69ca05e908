import { Anchor, Code, Paper, Stack, Text } from '@mantine/core';
import type { ReportCard_ReportFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../identity/use-date-format';

type Snapshot = NonNullable<ReportCard_ReportFragment['workspaceSnapshot']>;

/**
 * The session's workspace as the reporter attached it, for the admin deciding: the notes' Markdown as plain text
 * (React escapes it, so nothing in it becomes HTML), each code file under its name, and the board as a download of
 * its Excalidraw JSON (a data: link, openable in Excalidraw; no board library loads on this page).
 */
export function ReportWorkspaceSnapshot({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const boardHref = `data:application/json;charset=utf-8,${encodeURIComponent(snapshot.boardJson)}`;
  return (
    <Paper withBorder radius="sm" p="xs" component="section" aria-label={t('reports.admin.workspace.title')} data-testid="report-workspace">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('reports.admin.workspace.title')}{' '}
          <Text span size="xs" c="dimmed" component="time" dateTime={snapshot.takenAt}>
            {t('reports.admin.workspace.takenAt', { when: dateTime(snapshot.takenAt) })}
          </Text>
        </Text>
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('reports.admin.workspace.notes')}
        </Text>
        {snapshot.notesMarkdown.trim() ? (
          <Code block data-testid="report-workspace-notes" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {snapshot.notesMarkdown}
          </Code>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reports.admin.workspace.empty')}
          </Text>
        )}
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {t('reports.admin.workspace.code')}
        </Text>
        {snapshot.codeFiles.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('reports.admin.workspace.empty')}
          </Text>
        )}
        {snapshot.codeFiles.map((file, index) => (
          <Stack gap={2} key={`${index}-${file.name}`} data-testid="report-workspace-file">
            <Text size="sm" fw={600} data-testid="report-workspace-file-name">
              {file.name}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {file.text}
            </Code>
          </Stack>
        ))}
        <Anchor size="sm" href={boardHref} download="workspace-board.excalidraw" data-testid="report-workspace-board">
          {t('reports.admin.workspace.board')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
