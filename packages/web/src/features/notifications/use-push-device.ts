import { useMutation } from '@apollo/client/react';
import { RegisterPushDeviceDocument, RemovePushDeviceByIdDocument, RemovePushDeviceDocument } from '@skillcall/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, errorKind } from '../../lib/errors';
import { currentPushSubscription, endpointHash, subscriptionRenewedMessage } from '../../lib/push-on-this-browser';
import { deviceLabel, madeWithKey, subscriptionKeys } from '../../lib/push-subscription';
import { pushDeviceState, pushSupport, type PushDeviceState, type PushSupport } from './push-device-state';

interface OwnSubscription {
  subscription: PushSubscription | null;
  hash: string | null;
}
const none: OwnSubscription = { subscription: null, hash: null };

async function ownSubscription(subscription: PushSubscription | null): Promise<OwnSubscription> {
  return subscription ? { subscription, hash: await endpointHash(subscription.endpoint) } : none;
}

function browserSupport(): PushSupport {
  return pushSupport({
    userAgent: navigator.userAgent,
    platform: navigator.platform,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: window.matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true,
    hasServiceWorker: 'serviceWorker' in navigator,
    hasPushManager: 'PushManager' in window,
    hasNotification: 'Notification' in window,
  });
}

/** The service worker once active (build/pwa.ts registers it after the page loads); rejects if it never comes. */
function activeWorker(): Promise<ServiceWorkerRegistration> {
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the service worker did not start')), 20_000)),
  ]);
}

interface Options {
  settings: { publicKey: string | null; enabled: boolean } | undefined;
  devices: readonly { id: string; endpointHash: string }[] | undefined;
  /** Reloads the account's devices after a change. */
  onChanged: () => Promise<unknown>;
}

/**
 * Push notifications on this browser: its state (push-device-state.ts), turning them on (the permission is asked only
 * then, on the person's click; subscribe with the server's key; register the device) and off (unsubscribe, remove the
 * device), and removing any device of the account from the list. `failure` says what went wrong, in the page's words.
 */
export function usePushDevice({ settings, devices, onChanged }: Options) {
  const { t } = useTranslation();
  const [support] = useState(browserSupport);
  const [permission, setPermission] = useState<NotificationPermission>(() =>
    support === 'supported' ? Notification.permission : 'default',
  );
  // The browser's subscription with its endpoint's hash (what the account's devices are compared with); undefined while asked.
  const [own, setOwn] = useState<OwnSubscription | undefined>(support === 'supported' ? undefined : none);
  const subscription = own?.subscription;
  const hold = async (found: PushSubscription | null) => setOwn(await ownSubscription(found));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [register] = useMutation(RegisterPushDeviceDocument);
  const [removeByEndpoint] = useMutation(RemovePushDeviceDocument);
  const [removeById] = useMutation(RemovePushDeviceByIdDocument);

  // The browser's subscription, read again when the worker says the push service renewed it (and the list with it).
  const [renewals, setRenewals] = useState(0);
  useEffect(() => {
    if (support !== 'supported') return;
    const renewed = (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type !== subscriptionRenewedMessage) return;
      setRenewals((n) => n + 1);
      void onChanged();
    };
    navigator.serviceWorker.addEventListener('message', renewed);
    return () => navigator.serviceWorker.removeEventListener('message', renewed);
  }, [support, onChanged]);

  useEffect(() => {
    if (support !== 'supported') return;
    let current = true;
    void currentPushSubscription()
      .then(ownSubscription)
      .then((found) => current && setOwn(found));
    return () => {
      current = false;
    };
  }, [support, renewals]);

  const state: PushDeviceState = pushDeviceState({
    support,
    serverEnabled: settings?.enabled,
    permission,
    subscriptionHash: own?.hash,
    accountDevices: devices,
  });

  /** Runs one change, showing what went wrong; the busy flag keeps a second click out meanwhile. */
  const run = async (change: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await change();
    } catch (caught) {
      setFailure(t(`errors.${errorKind(caught)}`));
    } finally {
      setBusy(false);
    }
  };

  const turnOn = () =>
    run(async () => {
      const publicKey = settings?.publicKey;
      if (!publicKey) return;
      const answer = await Notification.requestPermission();
      setPermission(answer);
      if (answer !== 'granted') {
        if (answer === 'default') setFailure(t('pushDevice.notAllowed'));
        return;
      }
      let subscribed: PushSubscription;
      try {
        const { pushManager } = await activeWorker();
        let existing = await pushManager.getSubscription();
        if (existing && !madeWithKey(existing, publicKey)) {
          await existing.unsubscribe();
          existing = null;
        }
        subscribed = existing ?? (await pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }));
      } catch {
        setFailure(t('pushDevice.subscribeFailed'));
        return;
      }
      await hold(subscribed);
      const keys = subscriptionKeys(subscribed);
      if (!keys) return setFailure(t('pushDevice.subscribeFailed'));
      const { data } = await register({ variables: { input: { ...keys, label: deviceLabel(navigator.userAgent) } } });
      const result = data?.registerPushDevice;
      if (!result) throw new Error('registerPushDevice returned no data');
      switch (result.__typename) {
        case 'PushDeviceSuccess':
          await onChanged();
          return;
        case 'TooManyPushDevicesError':
          return setFailure(t('pushErrors.TOO_MANY_PUSH_DEVICES', { limit: result.limit }));
        case 'InvalidPushEndpointError':
          return setFailure(t('pushErrors.INVALID_PUSH_ENDPOINT'));
        case 'InvalidInputError':
          return setFailure(t('pushDevice.subscribeFailed'));
        default:
          assertNever(result);
      }
    });

  /** Off on this browser: the account forgets it and the browser drops its subscription. */
  const turnOff = () =>
    run(async () => {
      const current = subscription ?? (await currentPushSubscription());
      if (current) {
        await removeByEndpoint({ variables: { endpoint: current.endpoint } });
        await current.unsubscribe();
      }
      await hold(null);
      await onChanged();
    });

  /** From the list: this browser is turned off as above; another device is removed from the account. */
  const thisDeviceId = state.kind === 'on' ? state.deviceId : null;
  const remove = (id: string) =>
    id === thisDeviceId && subscription
      ? turnOff()
      : run(async () => {
          await removeById({ variables: { id } });
          await onChanged();
        });

  return { state, thisDeviceId, busy, failure, turnOn, turnOff, remove };
}
