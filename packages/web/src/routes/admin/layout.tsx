import { Grid, NavLink, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { useViewer } from '../../features/identity/use-viewer';

const sections = [
  { to: '/admin', key: 'queue', end: true },
  { to: '/admin/experts', key: 'experts', end: false },
  { to: '/admin/audit', key: 'audit', end: false },
  { to: '/admin/categories', key: 'categories', end: false },
  { to: '/admin/refunds', key: 'refunds', end: false },
  { to: '/admin/reports', key: 'reports', end: false },
  { to: '/admin/revenue', key: 'revenue', end: false },
  { to: '/admin/mail', key: 'mail', end: false },
] as const;

/**
 * Everything under `/admin`: administrators only (the API refuses the others anyway; they see a "forbidden"
 * page here). A left navigation between the moderation queue, experts, the audit log, the categories, refund
 * requests under review, reports of reviews and profiles, the platform's revenue, and the email that did not go out.
 */
export function AdminLayoutRoute() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  const location = useLocation();

  if (loading) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="30%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?${new URLSearchParams({ next }).toString()}`} replace />;
  }
  if (!viewer.roles.includes('ADMIN')) return <ForbiddenState />;

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Paper withBorder radius="md" p="xs" component="nav" aria-label={t('admin.nav.label')}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={6}>
            {t('admin.nav.title')}
          </Text>
          {sections.map((section) => (
            <NavLink
              key={section.key}
              component={RouterNavLink}
              to={section.to}
              end={section.end}
              label={t(`admin.nav.${section.key}`)}
              active={
                section.end
                  ? location.pathname === section.to || location.pathname.startsWith('/admin/applications/')
                  : location.pathname.startsWith(section.to)
              }
            />
          ))}
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Outlet />
      </Grid.Col>
    </Grid>
  );
}
