import { useMutation } from '@apollo/client/react';
import { Button, Divider, Stack } from '@mantine/core';
import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill, startAuthentication } from '@simplewebauthn/browser';
import { FinishPasskeySignInDocument, StartPasskeySignInDocument } from '@skillcall/schema';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { rateLimitFailure } from '../../lib/rate-limit';
import { landingAfterSignIn } from './landing';
import { browserPasskeyFailure } from './passkey-failure';
import { useSessionStarted } from './use-session';

/**
 * "Sign in with a passkey" under the password form: no email typed, the browser offers the passkeys it holds for this
 * site. Where the browser can, its passkeys are also offered in the email field's autofill (conditional mediation).
 * Hidden in browsers without WebAuthn.
 */
export function PasskeySignIn({ next }: { next: string | null }) {
  const { t } = useTranslation();
  const sessionStarted = useSessionStarted();
  const [start] = useMutation(StartPasskeySignInDocument);
  const [finish] = useMutation(FinishPasskeySignInDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [busy, setBusy] = useState(false);
  const supported = browserSupportsWebAuthn();
  const autofillStarted = useRef(false);

  const signIn = async (autofill: boolean) => {
    const { data } = await start();
    const options = data?.startPasskeySignIn;
    if (!options) throw new Error('startPasskeySignIn returned no data');
    if (options.__typename === 'RateLimitedError') {
      setFailure(rateLimitFailure(t, options.retryAfterSeconds));
      return;
    }
    let response;
    try {
      response = await startAuthentication({ optionsJSON: JSON.parse(options.optionsJson), useBrowserAutofill: autofill });
    } catch (error) {
      setFailure(autofill ? null : browserPasskeyFailure(t, error));
      return;
    }
    const finished = await finish({ variables: { input: { challengeId: options.challengeId, response: JSON.stringify(response) } } });
    const result = finished.data?.finishPasskeySignIn;
    if (!result) throw new Error('finishPasskeySignIn returned no data');
    switch (result.__typename) {
      case 'SignInSuccess':
        await sessionStarted(landingAfterSignIn(next, result.user.roles));
        return;
      case 'UnknownPasskeyError':
        setFailure({ kind: 'message', message: t('passkeys.signIn.unknown') });
        return;
      case 'PasskeyVerificationFailedError':
        setFailure({ kind: 'message', message: t('passkeys.verificationFailed') });
        return;
      case 'PasskeyChallengeExpiredError':
        setFailure({ kind: 'message', message: t('passkeys.expired') });
        return;
      case 'RateLimitedError':
        setFailure(rateLimitFailure(t, result.retryAfterSeconds));
        return;
      case 'InvalidInputError':
        setFailure({ kind: 'message', message: t('passkeys.verificationFailed') });
        return;
      default:
        assertNever(result);
    }
  };

  useEffect(() => {
    if (!supported || autofillStarted.current) return;
    autofillStarted.current = true;
    void browserSupportsWebAuthnAutofill().then((available) => {
      if (available) void attempt(() => signIn(true));
    });
    // Once per visit of the page: the browser keeps the offer open until a passkey is picked or another ceremony starts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!supported) return null;
  const onClick = () => {
    setBusy(true);
    void attempt(() => signIn(false)).finally(() => setBusy(false));
  };
  return (
    <Stack gap="md">
      <Divider label={t('passkeys.signIn.or')} labelPosition="center" />
      <FormFailure failure={failure} />
      <Button variant="default" onClick={onClick} loading={busy}>
        {t('passkeys.signIn.button')}
      </Button>
    </Stack>
  );
}
