import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';

/** The header's Sign in and Sign up links for visitors. */
export function AuthLinks() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <RouterButton to="/sign-in" variant="subtle">
        {t('header.signIn')}
      </RouterButton>
      {/* On the narrowest phones the sign-in page offers it: the header keeps room for the search and language. */}
      <RouterButton to="/sign-up" visibleFrom="xs">
        {t('header.signUp')}
      </RouterButton>
    </Group>
  );
}
