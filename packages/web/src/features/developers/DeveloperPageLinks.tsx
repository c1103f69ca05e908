import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterAnchor } from '../../components/ui/RouterLink';

/** The pages for developers, linked from one another. */
const developerPages = [
  { path: '/developers', label: 'docs' },
  { path: '/developers/keys', label: 'keys' },
  { path: '/developers/webhooks', label: 'webhooks' },
] as const;

/** The row of links between the developer pages: documentation, API keys, webhooks (the current one is marked). */
export function DeveloperPageLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group component="nav" gap="lg" aria-label={t('developerLinks.label')}>
      {developerPages.map((page) => (
        <RouterAnchor
          key={page.path}
          to={page.path}
          size="sm"
          fw={pathname === page.path ? 700 : undefined}
          aria-current={pathname === page.path ? 'page' : undefined}
        >
          {t(`developerLinks.${page.label}`)}
        </RouterAnchor>
      ))}
    </Group>
  );
}
