import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ReinstateExpertDocument,
  RepublishOfferingDocument,
  SuspendExpertDocument,
  UnpublishOfferingDocument,
  type ExpertsTable_ExpertFragment,
  type ExpertResultFieldsFragment,
  type OfferingResultFieldsFragment,
  type ExpertStatus,
  type OfferingStatus,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assertNever } from '../../lib/errors';
import { useDateFormat } from '../identity/use-date-format';
import { ReasonModal, type ModerationOutcome } from './ReasonModal';

type Expert = ExpertsTable_ExpertFragment;
type Offering = Expert['offerings'][number];
type Action = { kind: 'suspend' | 'reinstate'; expert: Expert } | { kind: 'unpublish' | 'republish'; expert: Expert; offering: Offering };

const offeringColors: Record<OfferingStatus, string> = { PUBLISHED: 'teal', UNPUBLISHED: 'orange', WITHDRAWN: 'gray' };
const statusColors: Record<ExpertStatus, string> = { ACTIVE: 'teal', SUSPENDED: 'red', DELETED: 'gray' };

/** Experts with their offerings; suspend or reinstate an expert, unpublish or republish an offering, with a reason. */
export function ExpertsTable({ experts }: { experts: Expert[] }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  const client = useApolloClient();
  const [action, setAction] = useState<Action | null>(null);
  const [suspend] = useMutation(SuspendExpertDocument);
  const [reinstate] = useMutation(ReinstateExpertDocument);
  const [unpublish] = useMutation(UnpublishOfferingDocument);
  const [republish] = useMutation(RepublishOfferingDocument);

  const outcome = (result: ExpertResultFieldsFragment | OfferingResultFieldsFragment | undefined, done: string): ModerationOutcome => {
    if (!result) throw new Error('the moderation action returned no data');
    switch (result.__typename) {
      case 'ExpertSuccess':
      case 'OfferingSuccess':
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
        notifications.show({ color: 'teal', message: done });
        return { kind: 'done' };
      case 'InvalidInputError':
        return { kind: 'invalid', errors: result.fieldErrors };
      default:
        return assertNever(result);
    }
  };

  const run = async (current: Action, reason: string): Promise<ModerationOutcome> => {
    // No reason: left out rather than null, which the API refuses.
    const note = reason || undefined;
    switch (current.kind) {
      case 'suspend': {
        const { data } = await suspend({ variables: { input: { expertId: current.expert.id, reason: note } } });
        return outcome(data?.suspendExpert, t('admin.experts.suspend.done', { name: current.expert.displayName }));
      }
      case 'reinstate': {
        const { data } = await reinstate({ variables: { input: { expertId: current.expert.id, reason: note } } });
        return outcome(data?.reinstateExpert, t('admin.experts.reinstate.done', { name: current.expert.displayName }));
      }
      case 'unpublish': {
        const { data } = await unpublish({ variables: { input: { offeringId: current.offering.id, reason: note } } });
        return outcome(data?.unpublishOffering, t('admin.experts.unpublish.done', { title: current.offering.title }));
      }
      case 'republish': {
        const { data } = await republish({ variables: { input: { offeringId: current.offering.id, reason: note } } });
        return outcome(data?.republishOffering, t('admin.experts.republish.done', { title: current.offering.title }));
      }
      default:
        return assertNever(current);
    }
  };

  const subject = action
    ? 'offering' in action
      ? { title: action.offering.title, name: action.expert.displayName }
      : { name: action.expert.displayName }
    : {};

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" aria-label={t('admin.experts.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.experts.columns.expert')}</Table.Th>
              <Table.Th>{t('admin.experts.columns.status')}</Table.Th>
              <Table.Th>{t('admin.experts.columns.offerings')}</Table.Th>
              <Table.Th>{t('admin.experts.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {experts.map((expert) => (
              <Table.Tr key={expert.id}>
                <Table.Td maw={260}>
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/experts/${expert.slug}`} fw={600} size="sm">
                      {expert.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {expert.headline}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('admin.experts.memberSince', { date: date(expert.memberSince) })}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Badge color={statusColors[expert.status]} variant="light" tt="none" style={{ minWidth: 'max-content' }}>
                    {t(`expertStatus.${expert.status}`)}
                  </Badge>
                </Table.Td>

                <Table.Td>
                  <Stack gap={6}>
                    {expert.offerings.map((offering) => (
                      <Group key={offering.id} gap={6} wrap="nowrap" justify="space-between">
                        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                          <Anchor component={Link} to={`/experts/${expert.slug}/${offering.slug}`} size="sm" truncate="end" maw={200}>
                            {offering.title}
                          </Anchor>
                          <Badge size="xs" color={offeringColors[offering.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
                            {t(`offeringStatus.${offering.status}`)}
                          </Badge>
                        </Group>
                        {offering.status === 'PUBLISHED' && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="orange"
                            style={{ flexShrink: 0 }}
                            aria-label={t('admin.experts.unpublish.buttonLabel', { title: offering.title })}
                            onClick={() => setAction({ kind: 'unpublish', expert, offering })}
                          >
                            {t('admin.experts.unpublish.button')}
                          </Button>
                        )}
                        {offering.status === 'UNPUBLISHED' && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            style={{ flexShrink: 0 }}
                            aria-label={t('admin.experts.republish.buttonLabel', { title: offering.title })}
                            onClick={() => setAction({ kind: 'republish', expert, offering })}
                          >
                            {t('admin.experts.republish.button')}
                          </Button>
                        )}
                      </Group>
                    ))}
                    {expert.offerings.length === 0 && (
                      <Text size="sm" c="dimmed">
                        {t('admin.experts.noOfferings')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {expert.status === 'ACTIVE' ? (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      aria-label={t('admin.experts.suspend.buttonLabel', { name: expert.displayName })}
                      onClick={() => setAction({ kind: 'suspend', expert })}
                    >
                      {t('admin.experts.suspend.button')}
                    </Button>
                  ) : expert.status === 'SUSPENDED' ? (
                    <Button
                      size="xs"
                      variant="light"
                      color="teal"
                      aria-label={t('admin.experts.reinstate.buttonLabel', { name: expert.displayName })}
                      onClick={() => setAction({ kind: 'reinstate', expert })}
                    >
                      {t('admin.experts.reinstate.button')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(['suspend', 'reinstate', 'unpublish', 'republish'] as const).map((kind) => (
        <ReasonModal
          key={kind}
          opened={action?.kind === kind}
          onClose={() => setAction(null)}
          title={t(`admin.experts.${kind}.title`, subject)}
          text={t(`admin.experts.${kind}.text`, subject)}
          reasonLabel={t(`admin.experts.${kind}.reasonLabel`)}
          reasonRequired={kind === 'suspend' || kind === 'unpublish'}
          confirmLabel={t(`admin.experts.${kind}.confirm`)}
          color={kind === 'suspend' ? 'red' : kind === 'unpublish' ? 'orange' : 'teal'}
          onConfirm={(reason) => (action ? run(action, reason) : Promise.resolve({ kind: 'done' }))}
        />
      ))}
    </>
  );
}
