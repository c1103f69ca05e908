import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { replyTimeBucket } from './reply-time';

/** "Usually replies within a few hours" on an expert's page; nothing while too few conversations tell. */
export function ReplyTime({ minutes }: { minutes: number | null | undefined }) {
  const { t } = useTranslation();
  if (minutes === null || minutes === undefined) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="reply-time">
      {t(`messages.replyTime.${replyTimeBucket(minutes)}`)}
    </Text>
  );
}
