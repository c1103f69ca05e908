// Mantine's base styles and theme variables; each component's own styles come with it (build/mantine-styles.ts).
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/notifications/styles.layer.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RootLayoutDocument } from '@skillcall/schema';
import { App } from './App';
import { shellGroups } from 'virtual:skillcall/strings';
import { apolloClient } from './lib/apollo';
import { loadStringGroups } from './lib/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Who is signed in (the layout's query) is asked now, while the strings load, rather than once the layout renders: the
// layout's query then joins the request in flight (Apollo sends one) or finds its answer in the cache.
void apolloClient.query({ query: RootLayoutDocument }).catch(() => undefined);

// The first render waits for the layout's strings in the interface's language (lib/i18n.ts); pages bring their own.
// It renders as a transition, which React cuts into short slices: a phone's main thread stays free to answer taps
// (Lighthouse's total blocking time) while the app builds its first page.
void loadStringGroups(shellGroups).then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  ),
);
