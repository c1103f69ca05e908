import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { unreadLabel } from './thread-messages';
import { useUnreadMessages } from './use-unread-messages';

/** "Messages" in the header on wider screens, with the number of unread messages (phones have it in the bottom bar). */
export function MessagesHeaderLink() {
  const { t } = useTranslation();
  const unread = useUnreadMessages();
  return (
    <RouterButton
      to="/messages"
      variant="subtle"
      visibleFrom="sm"
      aria-label={unread > 0 ? t('messages.nav.labelUnread', { count: unread }) : t('messages.nav.label')}
      rightSection={
        unread > 0 ? (
          <Badge size="sm" circle={unread < 10} data-testid="header-unread">
            {unreadLabel(unread)}
          </Badge>
        ) : undefined
      }
    >
      {t('messages.nav.label')}
    </RouterButton>
  );
}

/** The bottom bar's count of unread messages beside its "Messages" icon (nothing when none); the link's name says it. */
export function UnreadCountBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Badge size="xs" circle={count < 10} data-testid="bottom-nav-unread" aria-hidden>
      {unreadLabel(count)}
    </Badge>
  );
}
