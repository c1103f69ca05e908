import { useQuery } from '@apollo/client/react';
import { Group } from '@mantine/core';
import { ViewerExpertProfileDocument, type UserMenu_UserFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { MessagesHeaderLink } from '../messages/MessagesHeaderLink';
import { UserMenu } from './UserMenu';

/**
 * The header's links for a signed-in user and their menu: "Messages" with the unread count (wider screens; phones
 * have it in the bottom bar), then "Become an expert" for users who are not experts yet, "Dashboard" for experts,
 * "Admin" for admins (all three move into the user menu on phones). Its own chunk, with the user's
 * expert profile query (asked only once someone is signed in: the API refuses it otherwise) and the menu's code:
 * visitors never download them.
 */
export function SignedInHeader({ user }: { user: UserMenu_UserFragment }) {
  const { t } = useTranslation();
  const expertQuery = useQuery(ViewerExpertProfileDocument);
  // Undefined while unknown, null when not an expert.
  const expert = expertQuery.data ? expertQuery.data.myExpertProfile : undefined;
  return (
    <Group gap="xs" wrap="nowrap">
      <MessagesHeaderLink />
      {expert === null && (
        <RouterButton to="/become-an-expert" variant="subtle" visibleFrom="sm">
          {t('header.becomeExpert')}
        </RouterButton>
      )}
      {user.roles.includes('EXPERT') && (
        <RouterButton to="/dashboard" variant="subtle" visibleFrom="sm">
          {t('header.dashboard')}
        </RouterButton>
      )}
      {user.roles.includes('ADMIN') && (
        <RouterButton to="/admin" variant="subtle" visibleFrom="sm">
          {t('header.admin')}
        </RouterButton>
      )}
      <UserMenu user={user} expert={expert} />
    </Group>
  );
}
