import { Button, Menu } from '@mantine/core';
import type { UserMenu_UserFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from './use-session';

/** The signed-in viewer's name in the header, opening Account and Sign out. */
export function UserMenu({ user }: { user: UserMenu_UserFragment }) {
  const { t } = useTranslation();
  const { signOut } = useSignOut();
  return (
    <Menu position="bottom-end" shadow="md" width={200}>
      <Menu.Target>
        <Button variant="default" data-testid="header-user-menu" maw={220}>
          {user.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/account">
          {t('header.account')}
        </Menu.Item>
        <Menu.Item onClick={() => void signOut()}>{t('header.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
