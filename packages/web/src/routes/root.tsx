import { useQuery } from '@apollo/client/react';
import { Box, Container } from '@mantine/core';
import { RootLayoutDocument, ViewerExpertProfileDocument } from '@skillcall/schema';
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
 * visitor's links (pages that need an account ask again and show their own error). A second query, once someone
 * is signed in, asks for their expert profile, for the header's links.
 */
export function RootRoute() {
  const { data, loading } = useQuery(RootLayoutDocument);
  const me = loading && !data ? undefined : (data?.me ?? null);
  // Asked only once someone is signed in (the API refuses it otherwise); it decides the header's expert links.
  const expertQuery = useQuery(ViewerExpertProfileDocument, { skip: !me });
  const expert = !me ? null : expertQuery.data ? expertQuery.data.myExpertProfile : undefined;

  return (
    <ViewerProvider value={{ viewer: me ?? null, loading: me === undefined }}>
      <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }} bg="gray.0">
        <Header user={me} expert={expert} />
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
