import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterAnchor } from '../../components/ui/RouterLink';
import { developerPages } from './api-keys';

/** The row of links between the developer pages: documentation, API keys, webhooks. */
export function ApiKeyDeveloperLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group component="nav" gap="lg" aria-label={t('apiKeys.links.label')}>
      {developerPages.map((page) => (
        <RouterAnchor key={page.path} to={page.path} size="sm" fw={pathname === page.path ? 700 : undefined} aria-current={pathname === page.path ? 'page' : undefined}>
          {t(`apiKeys.links.${page.label}`)}
        </RouterAnchor>
      ))}
    </Group>
  );
}
