import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { RouterProvider } from 'react-router';
import { DeferredNotifications } from './components/ui/DeferredNotifications';
import { UpdatePrompt } from './components/ui/UpdatePrompt';
import { apolloClient } from './lib/apollo';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* At the bottom, so a toast (the welcome after sign-up, say) never covers the header and its user menu. */}
      <DeferredNotifications position="bottom-right" />
      <UpdatePrompt />
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
