import { Box, Stack, Text } from '@mantine/core';
import type { BookingRole, SessionMessageFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { LinkifiedText } from '../../components/ui/LinkifiedText';
import { useDateFormat } from '../identity/use-date-format';

interface ChatMessagesProps {
  messages: readonly SessionMessageFieldsFragment[];
  myRole: BookingRole;
  /** `withDates` shows each message's date as well, for a transcript read after the day. */
  withDates?: boolean;
  labelledBy: string;
}

/** What was said in a session's chat, oldest first, links clickable: in the room, and on the booking page afterwards. */
export function ChatMessages({ messages, myRole, withDates = false, labelledBy }: ChatMessagesProps) {
  const { t } = useTranslation();
  const { time, dateTime } = useDateFormat();
  return (
    <Stack gap="xs" role="log" aria-labelledby={labelledBy} data-testid="chat-messages" pr="sm">
      {messages.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('room.chat.empty')}
        </Text>
      )}
      {messages.map((message) => (
        <Box key={message.id} data-testid="chat-message">
          <Text size="xs" c="dimmed">
            {message.senderRole === myRole ? t('room.chat.you') : message.deleted ? t('bookings.deletedAccount') : message.senderName} ·{' '}
            <time dateTime={message.createdAt}>{withDates ? dateTime(message.createdAt) : time(message.createdAt)}</time>
          </Text>
          {message.deleted ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('room.chat.deleted')}
            </Text>
          ) : (
            <LinkifiedText text={message.body} size="sm" />
          )}
        </Box>
      ))}
    </Stack>
  );
}
