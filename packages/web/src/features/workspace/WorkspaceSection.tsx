import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import type { BookingStatus } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/use-now';
import { Workspace } from './Workspace';

/** How long after the session the workspace stays readable (the server's rule too). */
const keptDays = 30;

interface WorkspaceSectionProps {
  booking: { id: string; status: BookingStatus; endsAt: string; offering?: { title: string } | null };
  side: 'USER' | 'EXPERT';
  myName: string;
}

/**
 * The workspace on the booking page, for its two participants: before the session the expert prepares notes, code
 * or a sketch ("Prepare the workspace") that the user finds in the room; after it, both read and download it for 30
 * days. Opened on demand, so the booking page does not load the editors for nothing.
 */
export function WorkspaceSection({ booking, side, myName }: WorkspaceSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const now = useNow(60_000);
  const ended = booking.status === 'COMPLETED' || booking.status === 'NO_SHOW';
  const available =
    booking.status === 'CONFIRMED' ||
    booking.status === 'IN_SESSION' ||
    (ended && now.getTime() < new Date(booking.endsAt).getTime() + keptDays * 86_400_000);
  if (!available) return null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="workspace-section-title" data-testid="workspace-section">
      <Stack gap="sm">
        <Title order={2} size="h4" id="workspace-section-title">
          {t('workspace.prepare.title')}
        </Title>
        <Text size="sm">
          {ended
            ? t('workspace.prepare.endedText')
            : side === 'EXPERT'
              ? t('workspace.prepare.expertText')
              : t('workspace.prepare.userText')}
        </Text>
        <Button w="fit-content" variant={open ? 'default' : 'filled'} onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('workspace.prepare.close') : ended || side === 'USER' ? t('workspace.prepare.openAfter') : t('workspace.prepare.open')}
        </Button>
        {open && (
          <Workspace bookingId={booking.id} myName={myName} sessionEnded={ended} title={booking.offering?.title ?? t('workspace.title')} />
        )}
      </Stack>
    </Paper>
  );
}
