import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Group, Paper, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  ConversationThread_MarkReadDocument,
  MessagesNav_UnreadDocument,
  MessagesPage_ThreadDocument,
  type MessageItem_MessageFragment,
} from '@skillcall/schema';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/ErrorState';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { NotFoundState } from '../../components/ui/NotFoundState';
import { RouterAnchor } from '../../components/ui/RouterLink';
import { errorKind } from '../../lib/errors';
import { BlockButton } from './BlockButton';
import { Composer } from './Composer';
import { MessageItem } from './MessageItem';
import { ProposalComposer } from './ProposalComposer';
import { mergeThread, readByOther } from './thread-messages';
import { useMessagesLive } from './use-messages-live';

/**
 * The latest messages a thread shows first; earlier ones come a page at a time. A message with its images, cards and
 * proposal weighs about 780 in the API's query cost (limit 40,000), so a page of 100 would be refused.
 */
const pageSize = 40;

interface ConversationThreadProps {
  conversationId: string;
  skip: boolean;
}

/**
 * One conversation: who with (the expert's page linked for the user), its latest messages oldest first (earlier ones on
 * demand), whether
 * the other side has read the viewer's last one, and the composer (the expert can also propose a session). Live:
 * messages arrive and the read receipt changes without a reload; what is shown is marked read. A blocked
 * conversation says so instead of the composer.
 */
export function ConversationThread({ conversationId, skip }: ConversationThreadProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, error, refetch, fetchMore } = useQuery(MessagesPage_ThreadDocument, {
    variables: { id: conversationId, first: pageSize },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  const [live, setLive] = useState<MessageItem_MessageFragment[]>([]);
  const add = useCallback((message: MessageItem_MessageFragment) => setLive((list) => [...list, message]), []);
  useMessagesLive(
    (event) => {
      if (!event) return void refetch();
      if (event.conversation.id === conversationId && event.message) add(event.message);
    },
    { skip },
  );
  const conversation = data?.conversation;
  const edges = conversation?.messages.edges;
  const messages = useMemo(() => mergeThread(edges?.map((edge) => edge.node) ?? [], live), [edges, live]);

  // What the viewer sees is read: on opening, and as the other side's messages arrive.
  const [markRead] = useMutation(ConversationThread_MarkReadDocument, { refetchQueries: [MessagesNav_UnreadDocument] });
  const lastTheirs = messages.findLast((message) => !message.mine)?.id;
  useEffect(() => {
    if (conversation && lastTheirs) void markRead({ variables: { input: { conversationId } } }).catch(() => undefined);
  }, [conversation, lastTheirs, conversationId, markRead]);

  const viewport = useRef<HTMLDivElement>(null);
  const lastId = messages.at(-1)?.id;
  useEffect(() => {
    viewport.current?.scrollTo({ top: viewport.current.scrollHeight });
  }, [lastId]);

  if (error && !data) {
    if (errorKind(error) === 'notFound') return <NotFoundState title={t('messages.notFoundTitle')} text={t('messages.notFoundText')} />;
    return <ErrorState title={t('messages.threadLoadFailed')} error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={320} />
      </Stack>
    );
  }
  if (!conversation) return <NotFoundState title={t('messages.notFoundTitle')} text={t('messages.notFoundText')} />;

  const lastMine = messages.findLast((message) => message.mine);
  const blocked = conversation.blockedByViewer || conversation.blockedByOther;
  const onSent = (message: MessageItem_MessageFragment) => {
    add(message);
    void client.refetchQueries({ include: ['MessagesPage_conversations'] });
  };
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="thread-title" data-testid="conversation-thread">
      <Stack gap="sm">
        <RouterAnchor to="/messages" size="sm" hiddenFrom="sm">
          {t('messages.back')}
        </RouterAnchor>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={2} size="h4" id="thread-title">
              {conversation.otherName}
            </Title>
            {conversation.viewerSide === 'USER' && conversation.expert && (
              <RouterAnchor to={`/experts/${conversation.expert.slug}`} size="sm">
                {t('messages.seeProfile')}
              </RouterAnchor>
            )}
          </Stack>
          <BlockButton conversationId={conversation.id} blockedByMe={conversation.blockedByViewer} otherName={conversation.otherName} />
        </Group>
        <ScrollArea.Autosize mah="60vh" viewportRef={viewport} type="auto">
          <Stack gap="xs" role="log" aria-labelledby="thread-title" data-testid="thread-messages" pr="sm">
            <LoadMoreButton
              pageInfo={conversation.messages.pageInfo}
              onLoadMore={(after) => fetchMore({ variables: { after } })}
              label={t('messages.earlier')}
            />
            {messages.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('messages.threadEmpty')}
              </Text>
            )}
            {messages.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                otherName={conversation.otherName}
                expertSlug={conversation.expert?.slug ?? null}
                bookable={conversation.viewerSide === 'USER' && !conversation.blockedByOther}
              />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        {lastMine && (
          <Text size="xs" c="dimmed" ta="right" data-testid="read-receipt">
            {readByOther(lastMine, conversation.otherReadUpTo) ? t('messages.seen') : t('messages.delivered')}
          </Text>
        )}
        {blocked ? (
          <Alert color="gray" variant="light" data-testid="cannot-write">
            {conversation.blockedByViewer ? t('messages.youBlocked', { name: conversation.otherName }) : t('messages.cannotWrite')}
          </Alert>
        ) : (
          <>
            {conversation.viewerSide === 'EXPERT' && <ProposalComposer conversationId={conversation.id} onSent={onSent} />}
            <Composer conversationId={conversation.id} onSent={onSent} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
