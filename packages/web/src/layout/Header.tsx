import { Anchor, Box, Container, Group, Image, Skeleton, Text } from '@mantine/core';
import type { UserMenu_UserFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthLinks } from '../features/identity/AuthLinks';
import { LanguageSwitch } from '../features/identity/LanguageSwitch';
import { UserMenu } from '../features/identity/UserMenu';
import { HeaderSearch } from '../features/search/HeaderSearch';
import classes from './Header.module.css';

interface HeaderProps {
  /** The signed-in user, null for a visitor, undefined while the root query loads. */
  user: UserMenu_UserFragment | null | undefined;
}

/** Logo, search, language, and the visitor's sign-in links or the user's menu, on every page. */
export function Header({ user }: HeaderProps) {
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
          {user === undefined ? <Skeleton height={36} width={160} radius="sm" /> : user ? <UserMenu user={user} /> : <AuthLinks />}
        </Box>
      </Container>
    </Box>
  );
}
