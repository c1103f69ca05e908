import { useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { MessagesPage_ConversationsDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { RouterAnchor } from '../../components/ui/RouterLink';
import { formatRelative } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import classes from './Messages.module.css';
import { unreadLabel } from './thread-messages';
import { useMessagesLive } from './use-messages-live';

const pageSize = 20;

interface ConversationListProps {
  /** The conversation open beside the list (marked as the current page). */
  selectedId: string | null;
  skip: boolean;
}

/**
 * The viewer's conversations, the latest activity first: who with, the last message, and how many are unread. Live:
 * a message in any of them (or one read elsewhere) refetches the list.
 */
export function ConversationList({ selectedId, skip }: ConversationListProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data, error, refetch, fetchMore } = useQuery(MessagesPage_ConversationsDocument, {
    variables: { first: pageSize },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  useMessagesLive(() => void refetch(), { skip });
  const connection = data?.conversations;

  if (error && !connection) return <ErrorState title={t('messages.listLoadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!connection) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={64} />
        <Skeleton height={64} />
        <Skeleton height={64} />
      </Stack>
    );
  }
  if (connection.edges.length === 0) {
    return (
      <EmptyMessage title={t('messages.empty')}>
        <RouterAnchor to="/search">{t('messages.emptyHint')}</RouterAnchor>
      </EmptyMessage>
    );
  }
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" component="nav" aria-label={t('messages.listLabel')}>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="conversation-list">
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <Link
                to={`/messages/${node.id}`}
                className={classes.conversation}
                aria-current={node.id === selectedId ? 'page' : undefined}
                data-testid="conversation-item"
              >
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Text fw={node.unreadCount > 0 ? 700 : 500} truncate>
                    {node.otherName}
                  </Text>
                  {node.unreadCount > 0 && (
                    <Badge size="sm" circle={node.unreadCount < 10} aria-label={t('messages.unread', { count: node.unreadCount })}>
                      {unreadLabel(node.unreadCount)}
                    </Badge>
                  )}
                </Group>
                {node.lastMessage && (
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" c="dimmed" truncate>
                      {node.lastMessage.mine
                        ? t('messages.youSaid', { body: node.lastMessage.body || t('messages.imageOnly') })
                        : node.lastMessage.body || t('messages.imageOnly')}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                      <time dateTime={node.lastMessage.createdAt}>{formatRelative(node.lastMessage.createdAt, language)}</time>
                    </Text>
                  </Group>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </Paper>
      <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
    </Stack>
  );
}
