import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { SetNotificationPreferenceWithTokenDocument, type NotificationKind } from '@skillcall/schema';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { RouterAnchor } from '../components/ui/RouterLink';
import { useDocumentTitle } from '../lib/document-title';
import { assertNever, errorKind } from '../lib/errors';
import { changeLanguage, hasChosenLanguage } from '../lib/i18n';
import { paths } from '../route-paths';

type State =
  | { step: 'working' }
  | { step: 'done'; kind: NotificationKind; enabled: boolean }
  | { step: 'invalid' }
  | { step: 'failed'; error: unknown; enabled: boolean };

/**
 * `/unsubscribe/:token`: the page an email's unsubscribe link opens (mailbox providers POST the same address for
 * one click). It turns that kind of email off at once, without signing in (the signed token is the proof), in the
 * recipient's language, and offers to undo it and a link to all the notification settings.
 */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('unsubscribe.docTitle'));
  const { token = '' } = useParams();
  const [setPreference, { loading }] = useMutation(SetNotificationPreferenceWithTokenDocument);
  const [state, setState] = useState<State>({ step: 'working' });

  const apply = useCallback(
    async (enabled: boolean) => {
      try {
        const { data } = await setPreference({ variables: { input: { token, enabled } } });
        const result = data?.setNotificationPreferenceWithToken;
        if (!result) return;
        switch (result.__typename) {
          case 'SetNotificationPreferenceWithTokenSuccess':
            if (!hasChosenLanguage()) await changeLanguage(result.locale, { remember: false });
            setState({ step: 'done', kind: result.preference.kind, enabled });
            break;
          case 'InvalidUnsubscribeLinkError':
            setState({ step: 'invalid' });
            break;
          default:
            assertNever(result);
        }
      } catch (error) {
        setState({ step: 'failed', error, enabled });
      }
    },
    [setPreference, token],
  );

  // Once per link, even when React runs effects twice in development.
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (started.current === token) return;
    started.current = token;
    void apply(false);
  }, [apply, token]);

  let body;
  switch (state.step) {
    case 'working':
      body = (
        <Group gap="sm" aria-busy="true">
          <Loader size="sm" />
          <Text>{t('unsubscribe.working')}</Text>
        </Group>
      );
      break;
    case 'invalid':
      body = (
        <Alert color="red" variant="light" role="alert" title={t('unsubscribe.invalidTitle')}>
          {t('unsubscribe.invalid')}
        </Alert>
      );
      break;
    case 'failed':
      body = (
        <Alert color="red" variant="light" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t(`errors.${errorKind(state.error)}`)}</Text>
            <Button size="xs" variant="white" color="red" loading={loading} onClick={() => void apply(state.enabled)}>
              {t('common.retry')}
            </Button>
          </Stack>
        </Alert>
      );
      break;
    case 'done': {
      const about = t(`notifications.kinds.${state.kind}.about`);
      body = (
        <Stack gap="sm" align="flex-start">
          <Alert color={state.enabled ? 'teal' : 'blue'} variant="light" role="status" w="100%" data-testid="unsubscribe-outcome">
            {state.enabled ? t('unsubscribe.resubscribed', { about }) : t('unsubscribe.unsubscribed', { about })}
          </Alert>
          <Button variant="default" loading={loading} onClick={() => void apply(!state.enabled)}>
            {state.enabled ? t('unsubscribe.again') : t('unsubscribe.undo')}
          </Button>
        </Stack>
      );
      break;
    }
    default:
      assertNever(state);
  }

  return (
    <PageCard title={t('unsubscribe.title')}>
      {body}
      <Text size="sm">
        <RouterAnchor to={paths.notificationSettings}>{t('unsubscribe.allSettings')}</RouterAnchor>
      </Text>
    </PageCard>
  );
}
