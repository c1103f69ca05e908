import { Spoiler, Stack, Title } from '@mantine/core';
import type { BookingRole, SessionMessageFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { ChatMessages } from '../session-room/ChatMessages';

/** The chat of a session that is over, kept with the booking: read-only, long ones folded. */
export function SessionTranscript({ messages, myRole }: { messages: readonly SessionMessageFieldsFragment[]; myRole: BookingRole }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-transcript-title" data-testid="session-transcript">
      <Title order={3} size="h5" id="session-transcript-title">
        {t('bookingSession.transcript.title')}
      </Title>
      <Spoiler maxHeight={240} showLabel={t('bookingSession.transcript.showAll')} hideLabel={t('bookingSession.transcript.fold')}>
        <ChatMessages messages={messages} myRole={myRole} withDates labelledBy="session-transcript-title" />
      </Spoiler>
    </Stack>
  );
}
