import { Anchor, Box, CloseButton, Container, Group, Skeleton, Text } from '@mantine/core';
import type { UserMenu_ExpertFragment, UserMenu_UserFragment } from '@skillcall/schema';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { AuthLinks } from '../features/identity/AuthLinks';
import { LanguageSwitch } from '../features/identity/LanguageSwitch';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { PlainIconButton } from '../components/ui/PlainIconButton';
import { RouterButton } from '../components/ui/RouterLink';
import classes from './Header.module.css';
import { SearchIcon } from './icons';

/** The signed-in viewer's menu (and the popover code under it): visitors never download it. */
const UserMenu = lazy(async () => ({ default: (await import('../features/identity/UserMenu')).UserMenu }));
/** "Messages" with the unread count (wider screens; phones have it in the bottom bar): signed-in people only. */
const MessagesHeaderLink = lazy(async () => ({ default: (await import('../features/messages/MessagesHeaderLink')).MessagesHeaderLink }));

interface HeaderProps {
  /** The signed-in user, null for a visitor, undefined while the root query loads. */
  user: UserMenu_UserFragment | null | undefined;
  /** The user's expert profile: null when not an expert, undefined while unknown. */
  expert: UserMenu_ExpertFragment | null | undefined;
}

/**
 * Logo, search, language, and the visitor's sign-in links or the user's menu, on every page. Signed-in users see
 * "Messages" with their unread count; those who are not experts yet see "Become an expert", experts their "Dashboard", admins "Admin" (all move into the user menu
 * on phones). On phones the search is an icon that opens the box across the header, until the address changes or it
 * is closed.
 */
export function Header({ user, expert }: HeaderProps) {
  const { t } = useTranslation();
  // Open for the page it was opened on: a search (or any navigation) closes it.
  const location = useLocation();
  const [searchOpenAt, setSearchOpenAt] = useState<string | null>(null);
  const searchOpen = searchOpenAt === location.key;
  return (
    <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} bg="white">
      <Container size="lg" className={classes.bar} data-search-open={searchOpen || undefined}>
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.homeLink')} className={classes.logo}>
          <Group gap={8} wrap="nowrap">
            {/* A plain image (Mantine's Image is this with a class): one component fewer in every first download. */}
            <img src="/favicon.svg" alt="" width={32} height={32} style={{ display: 'block' }} />
            <Text fw={700} size="xl" visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
        </Anchor>
        <PlainIconButton
          className={classes.searchToggle}
          aria-label={t('headerSearch.open')}
          aria-expanded={searchOpen}
          onClick={() => setSearchOpenAt(location.key)}
        >
          <SearchIcon />
        </PlainIconButton>
        {/* Mounted afresh when opened on a phone, so it takes the focus. */}
        <HeaderSearch key={searchOpen ? 'open' : 'closed'} className={classes.search} autoFocus={searchOpen} />
        <CloseButton className={classes.searchClose} size="xl" aria-label={t('headerSearch.close')} onClick={() => setSearchOpenAt(null)} />
        <Box className={classes.language}>
          <LanguageSwitch />
        </Box>
        <Box className={classes.account}>
          {user === undefined ? (
            <Skeleton height={36} width={160} radius="sm" />
          ) : user ? (
            <Group gap="xs" wrap="nowrap">
              <Suspense>
                <MessagesHeaderLink />
              </Suspense>
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
              <Suspense fallback={<Skeleton height={36} width={120} radius="sm" />}>
                <UserMenu user={user} expert={expert} />
              </Suspense>
            </Group>
          ) : (
            <AuthLinks />
          )}
        </Box>
      </Container>
    </Box>
  );
}
