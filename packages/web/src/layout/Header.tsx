import { Anchor, Box, Container, Group, Image, Skeleton, Text } from '@mantine/core';
import type { UserMenu_ExpertFragment, UserMenu_UserFragment } from '@skillcall/schema';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLinks } from '../features/identity/AuthLinks';
import { LanguageSwitch } from '../features/identity/LanguageSwitch';
import { HeaderSearch } from '../features/search/HeaderSearch';
import { RouterButton } from '../components/ui/RouterLink';
import classes from './Header.module.css';

/** The signed-in viewer's menu (and the popover code under it): visitors never download it. */
const UserMenu = lazy(async () => ({ default: (await import('../features/identity/UserMenu')).UserMenu }));

interface HeaderProps {
  /** The signed-in user, null for a visitor, undefined while the root query loads. */
  user: UserMenu_UserFragment | null | undefined;
  /** The user's expert profile: null when not an expert, undefined while unknown. */
  expert: UserMenu_ExpertFragment | null | undefined;
}

/**
 * Logo, search, language, and the visitor's sign-in links or the user's menu, on every page. Signed-in users who
 * are not experts yet see "Become an expert", experts their "Dashboard", admins "Admin" (all move into the user menu
 * on phones).
 */
export function Header({ user, expert }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} bg="white">
      <Container size="lg" className={classes.bar}>
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label={t('app.homeLink')} className={classes.logo}>
          <Group gap={8} wrap="nowrap">
            <Image src="/favicon.svg" alt="" w={32} h={32} />
            <Text fw={700} size="xl" visibleFrom="xs">
              {t('app.name')}
            </Text>
          </Group>
        </Anchor>
        <HeaderSearch className={classes.search} />
        <Box className={classes.language}>
          <LanguageSwitch />
        </Box>
        <Box className={classes.account}>
          {user === undefined ? (
            <Skeleton height={36} width={160} radius="sm" />
          ) : user ? (
            <Group gap="xs" wrap="nowrap">
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
