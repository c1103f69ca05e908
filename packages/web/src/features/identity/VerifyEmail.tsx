import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Loader, Stack, Text } from '@mantine/core';
import { VerifyEmailDocument, type VerifyEmailMutation } from '@skillcall/schema';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor, RouterButton } from '../../components/ui/RouterLink';
import { assertNever, errorKind } from '../../lib/errors';
import { EmailNotVerifiedNotice } from './EmailNotVerifiedNotice';
import { useViewer } from './use-viewer';

type Outcome = VerifyEmailMutation['verifyEmail'] | { __typename: 'Failed'; error: unknown };

/**
 * Follows an emailed confirmation link: confirms the address once (the link works in any browser, signed in or not),
 * then says so; an expired link offers a new one to a signed-in account.
 */
export function VerifyEmail({ token }: { token: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { viewer } = useViewer();
  const [verify] = useMutation(VerifyEmailDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A link is single use: run it once even when React runs the effect twice (development's strict mode).
  const ran = useRef<string | null>(null);

  useEffect(() => {
    if (ran.current === token) return;
    ran.current = token;
    verify({ variables: { input: { token } } })
      .then(async ({ data }) => {
        if (!data) throw new Error('verifyEmail returned no data');
        setOutcome(data.verifyEmail);
        if (data.verifyEmail.__typename === 'VerifyEmailSuccess') await client.refetchQueries({ include: 'active' });
      })
      .catch((error: unknown) => setOutcome({ __typename: 'Failed', error }));
  }, [token, verify, client]);

  if (!outcome) {
    return (
      <Stack align="center" aria-busy="true">
        <Loader size="sm" aria-label={t('verifyEmail.checking')} />
      </Stack>
    );
  }
  switch (outcome.__typename) {
    case 'VerifyEmailSuccess':
      return (
        <Stack gap="md">
          <Alert color="teal" variant="light" role="status" title={t('verifyEmail.confirmedTitle')}>
            {outcome.changed ? t('verifyEmail.changed', { email: outcome.email }) : t('verifyEmail.confirmed', { email: outcome.email })}
          </Alert>
          <RouterButton to={viewer ? '/search' : '/sign-in'}>{viewer ? t('verifyEmail.findExpert') : t('verifyEmail.signIn')}</RouterButton>
        </Stack>
      );
    case 'VerificationLinkExpiredError':
      return viewer ? (
        <EmailNotVerifiedNotice title={t('verifyEmail.expired')} />
      ) : (
        <LinkRefused message={t('verifyEmail.expired')} hint={t('verifyEmail.signInForNew')} />
      );
    case 'VerificationLinkInvalidError':
    case 'InvalidInputError':
      return <LinkRefused message={t('verifyEmail.invalid')} hint={t('verifyEmail.invalidHint')} />;
    case 'Failed':
      return <LinkRefused message={t(`errors.${errorKind(outcome.error)}`)} hint={t('verifyEmail.tryAgain')} />;
    default:
      return assertNever(outcome);
  }
}

function LinkRefused({ message, hint }: { message: string; hint: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" role="alert">
        {message}
      </Alert>
      <Text size="sm">{hint}</Text>
      <RouterAnchor to="/account">{t('verifyEmail.toAccount')}</RouterAnchor>
    </Stack>
  );
}
