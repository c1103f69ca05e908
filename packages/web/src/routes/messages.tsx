import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router';
import { ConversationList } from '../features/messages/ConversationList';
import { ConversationThread } from '../features/messages/ConversationThread';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { useViewer } from '../features/identity/use-viewer';
import classes from '../features/messages/Messages.module.css';
import { useDocumentTitle } from '../lib/document-title';

/**
 * `/messages` and `/messages/:id`, signed in only: the viewer's conversations (newest activity first, unread ones
 * marked) and the open thread, side by side on a wide screen; on a phone the list at `/messages`, the thread at
 * `/messages/:id` with a way back. Both stay live (see ConversationList and ConversationThread).
 */
export function MessagesRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { pathname } = useLocation();
  const { viewer, loading } = useViewer();
  useDocumentTitle(t('messages.docTitle'));

  if (!loading && !viewer) return <Navigate to={`/sign-in?${new URLSearchParams({ next: pathname }).toString()}`} replace />;

  return (
    <Stack gap="lg">
      <Title order={1}>{t('messages.title')}</Title>
      <div className={classes.layout} data-thread-open={id ? true : undefined}>
        <div className={classes.list}>
          <ConversationList selectedId={id ?? null} skip={!viewer} />
        </div>
        <div className={classes.thread}>
          {id ? (
            <ConversationThread key={id} conversationId={id} skip={!viewer} />
          ) : (
            <EmptyMessage title={t('messages.noneOpen')}>{t('messages.noneOpenHint')}</EmptyMessage>
          )}
        </div>
      </div>
    </Stack>
  );
}
