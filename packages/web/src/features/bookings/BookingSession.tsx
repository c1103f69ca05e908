import { useSubscription } from '@apollo/client/react';
import { DataList, Paper, Stack, Text, Title } from '@mantine/core';
import { SessionRoomChangedDocument, type SessionMessageFieldsFragment, type SessionRoomFieldsFragment } from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { formatClock, todayIn } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';
import { ReviewInvite } from '../reviews/ReviewInvite';
import { SessionRecordings } from './SessionRecordings';
import { SessionTranscript } from './SessionTranscript';
import { endedText, participantName, roomPath, sessionStateAt } from '../../lib/session-state';

/** The room, and on the booking page its chat, readable once the session is over. */
type Room = SessionRoomFieldsFragment & { messages: readonly SessionMessageFieldsFragment[] };

/** "45 s", "2 min 5 s", "1 h 3 min". */
function spokenDuration(totalSeconds: number, t: TFunction): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds < 60) return t('bookingSession.duration.seconds', { seconds });
  if (seconds < 3600) return t('bookingSession.duration.minutes', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
  return t('bookingSession.duration.hours', { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) });
}

/**
 * The booking's live session, for its two participants: when the room opens, the way in once it is open (with who is
 * already there), how it ended, and its recordings. Live: sessionRoomChanged brings the room after each arrival,
 * departure, recording and the end, and Apollo writes it into the cached room (keyed by booking) this page reads. Once it
 * is over, its chat stays readable here.
 * `reviewInvite`: the user may review it now, and the summary of its end says where.
 */
export function BookingSession({ session, reviewInvite = false }: { session: Room; reviewInvite?: boolean }) {
  const { t } = useTranslation();
  useSubscription(SessionRoomChangedDocument, { variables: { bookingId: session.bookingId } });
  // Not confirmed (awaiting payment, cancelled, expired): there is no session to speak of, and the payment step or
  // the status explains why.
  if (session.state === 'UNAVAILABLE' && session.recordings.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="booking-session-title" data-testid="booking-session">
      <Stack gap="md">
        <Title order={2} size="h4" id="booking-session-title">
          {t('bookingSession.title')}
        </Title>
        <SessionStatus session={session} reviewInvite={reviewInvite} />
        <SessionRecordings session={session} />
        {session.state === 'ENDED' && session.messages.length > 0 && (
          <SessionTranscript messages={session.messages} myRole={session.myRole} />
        )}
      </Stack>
    </Paper>
  );
}

/** Where the room stands now; a room not open yet opens by itself at its time, without a reload. */
function SessionStatus({ session, reviewInvite }: { session: Room; reviewInvite: boolean }) {
  const now = useNow(1000);
  const state = sessionStateAt(session, now);
  switch (state) {
    case 'OPEN':
      return <OpenRoom session={session} />;
    case 'NOT_OPEN_YET':
      return <RoomOpens session={session} now={now} />;
    case 'ENDED':
      return <SessionSummary session={session} reviewInvite={reviewInvite} />;
    case 'UNAVAILABLE':
      return null;
    default:
      return assertNever(state);
  }
}

function OpenRoom({ session }: { session: Room }) {
  const { t } = useTranslation();
  const present = session.participants.filter((participant) => participant.present);
  const others = present.filter((participant) => participant.role !== session.myRole);
  const here = present.some((participant) => participant.role === session.myRole);
  return (
    <Stack gap="sm">
      <Text fw={600} data-testid="session-status">
        {t('bookingSession.open')}
      </Text>
      <Stack gap={4} data-testid="session-presence" aria-live="polite">
        {others.map((participant) => (
          <Text size="sm" key={participant.role}>
            {t('bookingSession.waitingForYou', { name: participantName(session, participant.role, t) })}
          </Text>
        ))}
        {here && <Text size="sm">{t('bookingSession.youAreIn')}</Text>}
        {present.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('bookingSession.nobodyYet')}
          </Text>
        )}
      </Stack>
      <RouterButton to={roomPath(session.bookingId)} size="md" color="teal" w="fit-content">
        {t('bookingSession.join')}
      </RouterButton>
    </Stack>
  );
}

function RoomOpens({ session, now }: { session: Room; now: Date }) {
  const { t } = useTranslation();
  const { time, dateTime, timeZone } = useDateFormat();
  const today = todayIn(timeZone, now) === todayIn(timeZone, new Date(session.opensAt));
  return (
    <Stack gap={4} data-testid="session-status">
      <Text>
        {today
          ? t('bookingSession.opensAtToday', { time: time(session.opensAt) })
          : t('bookingSession.opensOn', { date: dateTime(session.opensAt) })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('bookingSession.opensHint')}
      </Text>
    </Stack>
  );
}

function SessionSummary({ session, reviewInvite }: { session: Room; reviewInvite: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const noShow = session.endReason === 'EXPERT_NO_SHOW' || session.endReason === 'USER_NO_SHOW';
  return (
    <Stack gap="sm" data-testid="session-summary">
      <Text fw={600} data-testid="session-status">
        {endedText(session, t)}
      </Text>
      <DataList labelWidth={180}>
        {session.endedAt && (
          <DataList.Item>
            <DataList.ItemLabel>{t('bookingSession.endedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <time dateTime={session.endedAt}>{dateTime(session.endedAt)}</time>
            </DataList.ItemValue>
          </DataList.Item>
        )}
        {!noShow && (
          <DataList.Item>
            <DataList.ItemLabel>{t('bookingSession.connected')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="session-connected">{formatClock(session.connectedSeconds)}</DataList.ItemValue>
          </DataList.Item>
        )}
        {session.billedMinutes !== null && (
          <DataList.Item>
            <DataList.ItemLabel>{t('bookingSession.billed')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="session-billed">
              {t('bookingSession.billedText', {
                count: session.billedMinutes,
                connected: spokenDuration(session.connectedSeconds, t),
              })}
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      {reviewInvite && <ReviewInvite bookingId={session.bookingId} />}
    </Stack>
  );
}
