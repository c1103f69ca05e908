import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { ResendVerificationDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, errorKind } from '../../lib/errors';
import { rateLimitFailure } from '../../lib/rate-limit';

/**
 * What an account that has not confirmed its email address is told when it tries to book, pay, apply as an expert or
 * create an API key (and on its account page): open the emailed link, or have it sent again.
 */
export function EmailNotVerifiedNotice({ title }: { title?: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [resend, { loading }] = useMutation(ResendVerificationDocument);
  const [outcome, setOutcome] = useState<string | null>(null);

  const sendAgain = async () => {
    setOutcome(null);
    try {
      const { data } = await resend();
      const result = data?.resendVerification;
      if (!result) throw new Error('resendVerification returned no data');
      switch (result.__typename) {
        case 'ResendVerificationSuccess':
          setOutcome(t('verifyEmail.resent', { email: result.sentTo }));
          return;
        case 'EmailAlreadyVerifiedError':
          setOutcome(t('verifyEmail.alreadyConfirmed'));
          await client.refetchQueries({ include: 'active' });
          return;
        case 'RateLimitedError': {
          const failure = rateLimitFailure(t, result.retryAfterSeconds);
          setOutcome(failure.kind === 'message' ? failure.message : null);
          return;
        }
        default:
          assertNever(result);
      }
    } catch (error) {
      setOutcome(t(`errors.${errorKind(error)}`));
    }
  };

  return (
    <Alert color="orange" variant="light" role="alert" title={title ?? t('verifyEmail.requiredTitle')} data-testid="email-not-verified">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('verifyEmail.requiredText')}</Text>
        <Button size="xs" variant="default" loading={loading} onClick={() => void sendAgain()}>
          {t('verifyEmail.sendAgain')}
        </Button>
        {outcome && (
          <Text size="sm" role="status">
            {outcome}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
