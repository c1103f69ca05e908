import { Stack, Text } from '@mantine/core';
import type { SessionRoomFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../lib/format';
import { useNow } from '../../lib/use-now';

/**
 * The time both participants have been connected, ticking while both are in the room (the room gives the figure
 * when it changes; the seconds since are counted here). Per-minute sessions say that only these minutes are billed.
 */
export function ConnectedTime({ room }: { room: Pick<SessionRoomFieldsFragment, 'connectedSeconds' | 'billedMinutes' | 'participants'> }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const together = room.participants.every((participant) => participant.present);
  const key = `${room.connectedSeconds}|${together}`;
  // When the room's figure changes, counting starts again from it (state adjusted while rendering, as React advises).
  const [base, setBase] = useState({ key, at: now.getTime() });
  if (base.key !== key) setBase({ key, at: now.getTime() });
  const seconds = room.connectedSeconds + (together && base.key === key ? Math.max(0, Math.floor((now.getTime() - base.at) / 1000)) : 0);
  const perMinute = room.billedMinutes !== null;

  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm" fw={600}>
        {t('room.call.connectedTime')}{' '}
        <span data-testid="connected-time" data-seconds={seconds}>
          {formatClock(seconds)}
        </span>
      </Text>
      {perMinute && (
        <Text size="xs" c="dimmed" data-testid="billing-note">
          {t('room.call.billedPerMinute', { count: Math.ceil(seconds / 60) })}
        </Text>
      )}
    </Stack>
  );
}
