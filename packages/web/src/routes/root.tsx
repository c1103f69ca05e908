import { useQuery } from '@apollo/client/react';
import { Box, Container } from '@mantine/core';
import { RootLayoutDocument } from '@skillcall/schema';
import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { ViewerProvider } from '../features/identity/use-viewer';
import { Footer } from '../layout/Footer';
import { Header } from '../layout/Header';
// Tap targets of at least 44 px on phones, for every control of every page: the one place for that rule.
import '../layout/touch-targets.css';

/** The phones' bottom bar is for signed-in people: visitors never download it. */
const BottomNav = lazy(async () => ({ default: (await import('../layout/BottomNav')).BottomNav }));

/**
 * Where a page's scroll position is remembered: by history entry, as React Router does, except for the entry a fresh
 * load opens (React Router names every one of them "default", so an address typed in a tab that had scrolled would
 * open scrolled): that one is remembered by its address, as a browser's own reload does.
 */
export function scrollKey(location: { key: string; pathname: string; search: string }): string {
  return location.key === 'default' ? `${location.pathname}${location.search}` : location.key;
}

/**
 * The layout around every page. Its query asks who is signed in; when it fails the header shows the
 * visitor's links (pages that need an account ask again and show their own error). Once someone is signed in, the
 * header's own part for them asks for their expert profile (features/identity/SignedInHeader.tsx).
 */
export function RootRoute() {
  const { data, loading } = useQuery(RootLayoutDocument);
  const me = loading && !data ? undefined : (data?.me ?? null);

  return (
    <ViewerProvider value={{ viewer: me ?? null, loading: me === undefined }}>
      <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }} bg="gray.0">
        <Header user={me} />
        {/* At least a screen tall: the footer starts below the fold, so a page's code and data arriving after the
            shell (every route loads lazily) push nothing visible down. */}
        <Container component="main" size="lg" py="xl" w="100%" mih="100vh" style={{ flex: 1 }}>
          <Outlet />
        </Container>
        <Footer />
        {me && (
          <Suspense>
            <BottomNav expert={me.roles.includes('EXPERT')} />
          </Suspense>
        )}
      </Box>
      <ScrollRestoration getKey={scrollKey} />
    </ViewerProvider>
  );
}
