import { Group, Paper, Stack, Text } from '@mantine/core';
import type { MessageItem_MessageFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { LinkifiedText } from '../../components/ui/LinkifiedText';
import { useDateFormat } from '../identity/use-date-format';
import { LinkCard } from './LinkCard';
import classes from './Messages.module.css';
import { ProposalCard } from './ProposalCard';
import { ReportMessageButton } from './ReportMessageButton';

interface MessageItemProps {
  message: MessageItem_MessageFragment;
  /** The other side's name as the API gives it ("Deleted user" once erased). */
  otherName: string;
  /** The conversation's expert, whose offerings proposals and cards name. */
  expertSlug: string | null;
  /** The viewer is the user, and may book what the expert proposes. */
  bookable: boolean;
}

/**
 * One message of a thread: who and when, the text (links clickable), its images, cards for the Skillcall pages it
 * links to, and a proposal the expert made. The other side's messages can be reported.
 */
export function MessageItem({ message, otherName, expertSlug, bookable }: MessageItemProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const sender = message.mine ? t('messages.you') : otherName;
  return (
    <Paper withBorder radius="md" p="sm" className={message.mine ? classes.mine : classes.theirs} data-testid="message">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed">
            {sender} · <time dateTime={message.createdAt}>{dateTime(message.createdAt)}</time>
          </Text>
          {!message.mine && <ReportMessageButton messageId={message.id} />}
        </Group>
        {message.body && <LinkifiedText text={message.body} size="sm" data-testid="message-body" />}
        {message.images.map((image) => (
          <a key={image.id} href={image.url} target="_blank" rel="noreferrer">
            <img
              src={image.url}
              alt={t('messages.imageAlt', { name: sender })}
              width={image.width}
              height={image.height}
              className={classes.image}
              loading="lazy"
            />
          </a>
        ))}
        {message.cards.map((card) => (
          <LinkCard key={card.url} card={card} />
        ))}
        {message.proposal && <ProposalCard proposal={message.proposal} expertSlug={expertSlug} bookable={bookable && !message.mine} />}
      </Stack>
    </Paper>
  );
}
