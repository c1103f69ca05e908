import { Group, Loader, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { oneRowTabs } from '../../components/ui/one-row-tabs';
import { CodeEditor } from './CodeEditor';
import { selfHostExcalidrawAssets } from './excalidraw-assets';
import { NotesEditor } from './NotesEditor';
import { useWorkspace, type WorkspaceUser } from './use-workspace';
import { WorkspaceDownloads } from './WorkspaceDownloads';
import { WorkspaceStatusBadge, WorkspaceStatusNotice } from './WorkspaceStatusText';

/** Excalidraw is large: it loads when the board tab first opens (its fonts from this server). */
const BoardEditor = lazy(() => {
  selfHostExcalidrawAssets();
  return import('./BoardEditor');
});

export interface WorkspacePanelProps {
  bookingId: string;
  /** The viewer as the other participant sees them (name and caret colour). */
  user: WorkspaceUser;
  /** The session is over: both read, nobody edits. */
  sessionEnded: boolean;
  /** The booking's title, for the notes' HTML page. */
  title: string;
}

type Tab = 'notes' | 'code' | 'board';

/**
 * The booking's shared workspace (loaded on demand, with its editors): notes, code and a whiteboard, each a Yjs
 * document edited by both participants at once; the connection's state; downloads of what it holds.
 */
export default function WorkspacePanel({ bookingId, user, sessionEnded, title }: WorkspacePanelProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('notes');
  const workspace = useWorkspace(bookingId, user, sessionEnded);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="workspace-title" data-testid="workspace">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={2} size="h4" id="workspace-title">
              {t('workspace.title')}
            </Title>
            {workspace && <WorkspaceStatusBadge status={workspace.status} />}
          </Group>
          {workspace && <WorkspaceDownloads bookingId={bookingId} title={title} docs={workspace.docs} />}
        </Group>
        {workspace?.status.kind === 'readOnly' && (
          <Text size="sm" c="dimmed">
            {t('workspace.readOnlyHint')}
          </Text>
        )}
        {workspace && <WorkspaceStatusNotice status={workspace.status} />}
        <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false} classNames={oneRowTabs}>
          <Tabs.List aria-label={t('workspace.kinds')}>
            <Tabs.Tab value="notes">{t('workspace.notes.tab')}</Tabs.Tab>
            <Tabs.Tab value="code">{t('workspace.code.tab')}</Tabs.Tab>
            <Tabs.Tab value="board">{t('workspace.board.tab')}</Tabs.Tab>
          </Tabs.List>
          {workspace ? (
            <>
              <Tabs.Panel value="notes" pt="sm">
                <NotesEditor provider={workspace.providers.notes} user={user} readOnly={workspace.readOnly} />
              </Tabs.Panel>
              <Tabs.Panel value="code" pt="sm">
                <CodeEditor provider={workspace.providers.code} readOnly={workspace.readOnly} />
              </Tabs.Panel>
              <Tabs.Panel value="board" pt="sm">
                <Suspense fallback={<Loader size="sm" aria-label={t('workspace.board.loading')} />}>
                  <BoardEditor provider={workspace.providers.board} readOnly={workspace.readOnly} />
                </Suspense>
              </Tabs.Panel>
            </>
          ) : (
            <Loader size="sm" mt="sm" aria-label={t('workspace.loading')} />
          )}
        </Tabs>
      </Stack>
    </Paper>
  );
}
