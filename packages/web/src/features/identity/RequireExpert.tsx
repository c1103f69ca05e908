import { Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { useViewer } from './use-viewer';

/**
 * Shows `children` to signed-in experts only: visitors are sent to sign in (and back here), other accounts see
 * "not allowed". Decided from the root layout's viewer, so the page's own query runs only for experts.
 */
export function RequireExpert({ children }: { children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) {
    return (
      <Stack gap="lg" aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (!viewer) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?${new URLSearchParams({ next }).toString()}`} replace />;
  }
  if (!viewer.roles.includes('EXPERT')) return <ForbiddenState />;
  return children;
}
