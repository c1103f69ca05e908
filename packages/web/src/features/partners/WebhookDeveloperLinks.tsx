import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

const pages = [
  { to: '/developers', key: 'docs' },
  { to: '/developers/keys', key: 'keys' },
  { to: '/developers/webhooks', key: 'webhooks' },
] as const;

/** The row linking the developer pages: documentation, API keys, webhooks (the current one is marked). */
export function WebhookDeveloperLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <Group gap="md" component="nav" aria-label={t('webhooks.links.label')}>
      {pages.map((page) => (
        <Anchor
          key={page.to}
          component={Link}
          to={page.to}
          size="sm"
          fw={pathname === page.to ? 700 : undefined}
          aria-current={pathname === page.to ? 'page' : undefined}
        >
          {t(`webhooks.links.${page.key}`)}
        </Anchor>
      ))}
    </Group>
  );
}
