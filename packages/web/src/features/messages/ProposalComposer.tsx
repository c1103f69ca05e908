import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import {
  ProposalComposer_ExpertDocument,
  ProposalComposer_SendProposalDocument,
  type MessageItem_MessageFragment,
  type ProposalComposer_ExpertQuery,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorMessage } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { formatTimeRange } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { SlotPicker, type PickedSlot } from '../bookings/SlotPicker';
import { useViewerTimeZone } from '../identity/use-date-format';
import { rateLimitFailure } from '../../lib/rate-limit';

type Offering = NonNullable<ProposalComposer_ExpertQuery['myExpertProfile']>['offerings'][number];

interface ProposalComposerProps {
  conversationId: string;
  onSent: (message: MessageItem_MessageFragment) => void;
}

interface ProposalFormProps extends ProposalComposerProps {
  /** The expert's published offerings, to propose one of. */
  offerings: readonly Offering[];
  /** Whether the expert is available now: a help-now invitation can be proposed then. */
  availableNow: boolean;
}

/**
 * The expert's "Propose a session": pick one of their offerings, then one of its open slots (or, while they are
 * available now, invite the user to ask for help now); the user sees it as a card they book with one click.
 */
export function ProposalComposer({ conversationId, onSent }: ProposalComposerProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const profile = useQuery(ProposalComposer_ExpertDocument, { fetchPolicy: 'cache-and-network' }).data?.myExpertProfile;
  const offerings = profile?.offerings.filter((offering) => offering.status === 'PUBLISHED') ?? [];
  if (!profile || offerings.length === 0) return null;
  return (
    <>
      <Group>
        <Button variant="light" onClick={() => setOpened(true)}>
          {t('messages.proposal.open')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('messages.proposal.title')} size="lg">
        <ProposalForm
          conversationId={conversationId}
          offerings={offerings}
          availableNow={profile.availableNow}
          onSent={(message) => {
            setOpened(false);
            onSent(message);
          }}
        />
      </Modal>
    </>
  );
}

function ProposalForm({ conversationId, offerings, availableNow, onSent }: ProposalFormProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const timeZone = useViewerTimeZone();
  const [offeringId, setOfferingId] = useState<string | null>(offerings.length === 1 ? (offerings[0]?.id ?? null) : null);
  const [slot, setSlot] = useState<PickedSlot | null>(null);
  const [propose, { loading }] = useMutation(ProposalComposer_SendProposalDocument);
  const { failure, setFailure, attempt } = useFormFailure();

  const send = (kind: 'SLOT' | 'HELP_NOW') =>
    attempt(async () => {
      if (!offeringId) return;
      const input = { conversationId, offeringId, kind, startsAt: kind === 'SLOT' ? (slot?.startsAt ?? null) : null };
      const { data } = await propose({ variables: { input } });
      const result = data?.sendProposal;
      if (!result) throw new Error('sendProposal returned no data');
      switch (result.__typename) {
        case 'SendMessageSuccess':
          onSent(result.sent);
          return;
        case 'ProposalNotPossibleError':
          // The slot was taken meanwhile, or the expert is no longer available now.
          setSlot(null);
          setFailure({
            kind: 'message',
            message: kind === 'SLOT' ? t('messages.proposal.slotUnavailable') : t('messages.proposal.notAvailableNow'),
          });
          return;
        case 'MessagingNotAllowedError':
          setFailure({ kind: 'message', message: t(`messages.notAllowed.${result.reason}`) });
          return;
        case 'RateLimitedError':
          setFailure(rateLimitFailure(t, result.retryAfterSeconds));
          return;
        case 'InvalidInputError':
          setFailure({ kind: 'message', message: result.fieldErrors.map(fieldErrorMessage).join(' ') || result.message });
          return;
        default:
          assertNever(result);
      }
    });

  return (
    <Stack gap="md" data-testid="proposal-form">
      <Select
        label={t('messages.proposal.offering')}
        data={offerings.map((offering) => ({ value: offering.id, label: offering.title }))}
        value={offeringId}
        onChange={(value) => {
          setOfferingId(value);
          setSlot(null);
        }}
        allowDeselect={false}
      />
      {offeringId && <SlotPicker offeringId={offeringId} timeZone={timeZone} selected={slot?.startsAt ?? null} onSelect={setSlot} />}
      {slot && (
        <Text size="sm" data-testid="proposal-slot">
          {t('messages.proposal.picked', { when: formatTimeRange(slot.startsAt, slot.endsAt, language, timeZone) })}
        </Text>
      )}
      <FormFailure failure={failure} />
      <Group justify="flex-end" gap="sm">
        {availableNow && (
          <Button variant="default" disabled={!offeringId} loading={loading} onClick={() => void send('HELP_NOW')}>
            {t('messages.proposal.sendHelpNow')}
          </Button>
        )}
        <Button disabled={!offeringId || !slot} loading={loading} onClick={() => void send('SLOT')}>
          {t('messages.proposal.send')}
        </Button>
      </Group>
    </Stack>
  );
}
