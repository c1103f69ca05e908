import { useMutation } from '@apollo/client/react';
import { RegisterPushDeviceDocument, RemovePushDeviceByIdDocument, RemovePushDeviceDocument } from '@skillcall/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, errorKind } from '../../lib/errors';
import { deviceLabel, madeWithKey, subscriptionKeys } from '../../lib/push-subscription';
import { pushDeviceState, pushSupport, type PushDeviceState, type PushSupport } from './push-device-state';

/** Where this browser keeps the id it was registered as, to tell "this device" in the account's list. */
const deviceIdKey = 'skillcall.pushDeviceId';

function remembered(): string | null {
  try {
    return window.localStorage.getItem(deviceIdKey);
  } catch {
    return null;
  }
}

function remember(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(deviceIdKey, id);
    else window.localStorage.removeItem(deviceIdKey);
  } catch {
    // private mode: "this device" is not marked after a reload, nothing else changes
  }
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
  deviceIds: readonly string[] | undefined;
  /** Reloads the account's devices after a change. */
  onChanged: () => Promise<unknown>;
}

/**
 * Push notifications on this browser: its state (push-device-state.ts), turning them on (the permission is asked only
 * then, on the person's click; subscribe with the server's key; register the device) and off (unsubscribe, remove the
 * device), and removing any device of the account from the list. `failure` says what went wrong, in the page's words.
 */
export function usePushDevice({ settings, deviceIds, onChanged }: Options) {
  const { t } = useTranslation();
  const [support] = useState(browserSupport);
  const [permission, setPermission] = useState<NotificationPermission>(() =>
    support === 'supported' ? Notification.permission : 'default',
  );
  const [subscription, setSubscription] = useState<PushSubscription | null | undefined>(support === 'supported' ? undefined : null);
  const [deviceId, setDeviceId] = useState(remembered);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [register] = useMutation(RegisterPushDeviceDocument);
  const [removeByEndpoint] = useMutation(RemovePushDeviceDocument);
  const [removeById] = useMutation(RemovePushDeviceByIdDocument);

  useEffect(() => {
    if (support !== 'supported') return;
    let current = true;
    navigator.serviceWorker
      .getRegistration()
      .then((registration) => registration?.pushManager.getSubscription() ?? null)
      .then(
        (found) => current && setSubscription(found),
        () => current && setSubscription(null),
      );
    return () => {
      current = false;
    };
  }, [support]);

  const state: PushDeviceState = pushDeviceState({
    support,
    serverEnabled: settings?.enabled,
    permission,
    subscribed: subscription === undefined ? undefined : subscription !== null,
    rememberedDeviceId: deviceId,
    accountDeviceIds: deviceIds,
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
      setSubscription(subscribed);
      const keys = subscriptionKeys(subscribed);
      if (!keys) return setFailure(t('pushDevice.subscribeFailed'));
      const { data } = await register({ variables: { input: { ...keys, label: deviceLabel(navigator.userAgent) } } });
      const result = data?.registerPushDevice;
      if (!result) throw new Error('registerPushDevice returned no data');
      switch (result.__typename) {
        case 'PushDeviceSuccess':
          remember(result.device.id);
          setDeviceId(result.device.id);
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
      const current = subscription ?? (await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription()) ?? null;
      if (current) {
        await removeByEndpoint({ variables: { endpoint: current.endpoint } });
        await current.unsubscribe();
      }
      setSubscription(null);
      remember(null);
      setDeviceId(null);
      await onChanged();
    });

  /** From the list: this browser is turned off as above; another device is removed from the account. */
  const remove = (id: string) =>
    id === deviceId && subscription
      ? turnOff()
      : run(async () => {
          await removeById({ variables: { id } });
          await onChanged();
        });

  return { state, thisDeviceId: state.kind === 'on' ? state.deviceId : null, busy, failure, turnOn, turnOff, remove };
}
