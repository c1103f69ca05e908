import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { BookSlotPanel_BookSlotDocument, type ProposalCard_ProposalFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterAnchor, RouterButton } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { fieldErrorMessage } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { currentLanguage } from '../../lib/i18n';
import { priceText } from '../experts/PriceTag';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { useDateFormat } from '../identity/use-date-format';

interface ProposalCardProps {
  proposal: ProposalCard_ProposalFragment;
  /** The proposing expert's address name, for the offering's page. */
  expertSlug: string | null;
  /** The viewer is the user it was made to: "Book this" (or "Ask for help now") while it is open. */
  bookable: boolean;
}

/**
 * A session the expert proposed in a conversation: the offering, when (or now, for a help-now invitation) and the
 * price. The user books a slot with one click, through the normal booking (`bookSlot`: the slot held, the policy
 * frozen, the same refusals), then the booking's page takes the payment; a help-now invitation opens the offering's
 * "Ask for help now".
 */
export function ProposalCard({ proposal, expertSlug, bookable }: ProposalCardProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { timeZone, timeRange } = useDateFormat();
  const navigate = useNavigate();
  const [bookSlot, { loading }] = useMutation(BookSlotPanel_BookSlotDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const offering = proposal.offering;
  const offeringPath = offering && expertSlug ? `/experts/${expertSlug}/${offering.slug}` : null;

  const book = () =>
    attempt(async () => {
      if (!proposal.startsAt) return;
      const { data } = await bookSlot({ variables: { input: { offeringId: proposal.offeringId, startsAt: proposal.startsAt, timeZone } } });
      const result = data?.bookSlot;
      if (!result) throw new Error('bookSlot returned no data');
      switch (result.__typename) {
        case 'BookingSuccess':
          await navigate(`/bookings/${result.booking.id}`);
          return;
        case 'SlotUnavailableError':
          setFailure({ kind: 'message', message: t('messages.proposal.taken') });
          return;
        case 'ExpertNotBookableError':
          setFailure({ kind: 'message', message: t('booking.notBookable') });
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
          return;
        case 'InvalidInputError':
          setFailure({ kind: 'message', message: result.fieldErrors.map(fieldErrorMessage).join(' ') || result.message });
          return;
        default:
          assertNever(result);
      }
    });

  const open = proposal.status === 'OPEN' && bookable;
  return (
    <Paper withBorder radius="sm" p="sm" bg="gray.0" data-testid="proposal-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="sm" fw={600}>
            {proposal.kind === 'SLOT' ? t('messages.proposal.cardTitle') : t('messages.proposal.helpNowTitle')}
          </Text>
          {proposal.status !== 'OPEN' && (
            <Badge color={proposal.status === 'BOOKED' ? 'teal' : 'gray'} variant="light">
              {t(`messages.proposal.status.${proposal.status}`)}
            </Badge>
          )}
        </Group>
        {offering && offeringPath ? (
          <RouterAnchor to={offeringPath} size="sm">
            {offering.title}
          </RouterAnchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('messages.proposal.offeringGone')}
          </Text>
        )}
        {proposal.startsAt && proposal.endsAt && (
          <Text size="sm">
            <time dateTime={proposal.startsAt}>{timeRange(proposal.startsAt, proposal.endsAt)}</time>
          </Text>
        )}
        {offering && <Text size="sm">{priceText(offering.price, t, language)}</Text>}
        <FormFailure failure={failure} />
        {open && proposal.kind === 'SLOT' && (
          <Group>
            <Button size="sm" loading={loading} onClick={() => void book()}>
              {t('messages.proposal.book')}
            </Button>
          </Group>
        )}
        {open && proposal.kind === 'HELP_NOW' && offeringPath && (
          <Group>
            <RouterButton to={offeringPath} size="sm" color="green">
              {t('messages.proposal.askNow')}
            </RouterButton>
          </Group>
        )}
        {proposal.booking && (
          <RouterAnchor to={`/bookings/${proposal.booking.id}`} size="sm">
            {t('messages.proposal.seeBooking')}
          </RouterAnchor>
        )}
      </Stack>
    </Paper>
  );
}
