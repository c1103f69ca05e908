import { Button, Menu } from '@mantine/core';
import type { UserMenu_ExpertFragment, UserMenu_UserFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from './use-session';

interface UserMenuProps {
  user: UserMenu_UserFragment;
  /** The viewer's expert profile; null when not an expert, undefined while unknown. */
  expert: UserMenu_ExpertFragment | null | undefined;
}

/**
 * The signed-in viewer's name in the header, opening their bookings, their expert profile (if any), Account and Sign out.
 * On phones it also holds the links the header shows beside it on wider screens, but for those of the bottom
 * navigation (BottomNav).
 */
export function UserMenu({ user, expert }: UserMenuProps) {
  const { t } = useTranslation();
  const { signOut } = useSignOut();
  const isAdmin = user.roles.includes('ADMIN');
  return (
    <Menu position="bottom-end" shadow="md" width={220}>
      <Menu.Target>
        <Button variant="default" data-testid="header-user-menu" maw={{ base: 104, sm: 220 }}>
          {/* A long name ends in an ellipsis where the button is narrow (phones), instead of being cut mid-letter. */}
          <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }}>{user.displayName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {/* On phones the bottom navigation has the dashboard, bookings and account. */}
        <Menu.Item component={Link} to="/bookings" visibleFrom="sm">
          {t('header.bookings')}
        </Menu.Item>
        {expert && (
          <Menu.Item component={Link} to={`/experts/${expert.slug}`}>
            {t('header.myExpertProfile')}
          </Menu.Item>
        )}
        {expert && (
          <Menu.Item component={Link} to="/become-an-expert">
            {t('header.editExpertProfile')}
          </Menu.Item>
        )}
        {expert === null && (
          <Menu.Item component={Link} to="/become-an-expert" hiddenFrom="sm">
            {t('header.becomeExpert')}
          </Menu.Item>
        )}
        {isAdmin && (
          <Menu.Item component={Link} to="/admin" hiddenFrom="sm">
            {t('header.admin')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to="/account" visibleFrom="sm">
          {t('header.account')}
        </Menu.Item>
        <Menu.Item onClick={() => void signOut()}>{t('header.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
