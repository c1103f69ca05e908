/** What happens around a session change: caches emptied, header refreshed, and where the browser goes. */
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { RemovePushDeviceDocument, RootLayoutDocument, SignOutDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate, type NavigateOptions } from 'react-router';
import { clearForSignOut, resetForNewSession } from '../../lib/apollo';
import { errorKind } from '../../lib/errors';
import { forgetPushOnThisBrowser } from '../../lib/push-on-this-browser';
import { isServerRoute } from './provider-paths';

/**
 * After sign up, sign in or a password reset: refetch as the new viewer, then go to `destination` (a whole page load
 * for the API's routes, e.g. back to a provider to link it).
 */
export function useSessionStarted() {
  const navigate = useNavigate();
  return async (destination: string) => {
    try {
      await resetForNewSession();
    } catch {
      // A refetch failed; each page shows its own error state.
    }
    if (isServerRoute(destination)) return window.location.assign(destination);
    await navigate(destination, { replace: true });
  };
}

/**
 * Once the session is over (signed out, account deleted): the browser drops its push subscription (the server removed
 * the device with the session), empty the caches, go to `to`, then refresh the header.
 */
export function useLeaveSession() {
  const navigate = useNavigate();
  const client = useApolloClient();
  return async (to: string, options?: NavigateOptions) => {
    await forgetPushOnThisBrowser();
    // Leave signed-in pages before the header learns we are signed out, so they do not redirect to sign in.
    await clearForSignOut();
    await navigate(to, options);
    await client.refetchQueries({ include: [RootLayoutDocument] }).catch(() => undefined);
  };
}

/** Stop push to this browser (while the session can still ask), sign out, go home, then refresh the header. */
export function useSignOut() {
  const { t } = useTranslation();
  const leaveSession = useLeaveSession();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const [removePushDevice] = useMutation(RemovePushDeviceDocument);

  const run = async () => {
    try {
      await forgetPushOnThisBrowser((endpoint) => removePushDevice({ variables: { endpoint } }));
      await signOut();
    } catch (error) {
      notifications.show({ color: 'red', message: t(`errors.${errorKind(error)}`) });
      return;
    }
    await leaveSession('/');
    notifications.show({ message: t('account.signedOut') });
  };
  return { signOut: run, signingOut: loading };
}
