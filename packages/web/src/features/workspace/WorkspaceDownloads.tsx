import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { generateHTML } from '@tiptap/core';
import { useTranslation } from 'react-i18next';
import { listFiles } from './code-files';
import { notesContent, notesExtensions, notesToMarkdown } from './notes-markdown';
import { selfHostExcalidrawAssets } from './excalidraw-assets';
import type { WorkspaceConnection } from './use-workspace';
import { codeDownload, downloadName, notesHtmlPage, saveFile, type WorkspaceDownload } from './workspace-files';

interface WorkspaceDownloadsProps {
  bookingId: string;
  title: string;
  docs: WorkspaceConnection['docs'];
}

/** Downloads of what the documents hold now, built in the page: notes (Markdown, HTML), code files, board (PNG, SVG). */
export function WorkspaceDownloads({ bookingId, title, docs }: WorkspaceDownloadsProps) {
  const { t, i18n } = useTranslation();

  const download = async (what: WorkspaceDownload) => {
    try {
      switch (what) {
        case 'notesMarkdown':
          return saveFile(
            downloadName(bookingId, what),
            new Blob([notesToMarkdown(notesContent(docs.notes))], { type: 'text/markdown;charset=utf-8' }),
          );
        case 'notesHtml': {
          const page = notesHtmlPage(title, generateHTML(notesContent(docs.notes), notesExtensions), i18n.language);
          return saveFile(downloadName(bookingId, what), new Blob([page], { type: 'text/html;charset=utf-8' }));
        }
        case 'code': {
          const files = codeDownload(bookingId, listFiles(docs.code));
          if (!files) return notifications.show({ message: t('workspace.downloads.noCode') });
          return saveFile(files.name, files.blob);
        }
        case 'boardPng':
        case 'boardSvg': {
          selfHostExcalidrawAssets();
          const board = await import('./board-export');
          const blob = what === 'boardPng' ? await board.boardPng(docs.board) : await board.boardSvg(docs.board);
          return saveFile(downloadName(bookingId, what), blob);
        }
      }
    } catch {
      notifications.show({ color: 'red', message: t('workspace.downloads.failed') });
    }
  };

  const item = (what: WorkspaceDownload) => (
    <Menu.Item onClick={() => void download(what)} data-testid={`workspace-download-${what}`}>
      {t(`workspace.downloads.${what}`)}
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="default">
          {t('workspace.downloads.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {item('notesMarkdown')}
        {item('notesHtml')}
        {item('code')}
        {item('boardPng')}
        {item('boardSvg')}
      </Menu.Dropdown>
    </Menu>
  );
}
