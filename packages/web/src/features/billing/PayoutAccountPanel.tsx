import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  EarningsPageDocument,
  PayoutAccountPanel_StartOnboardingDocument,
  type PaymentProviderName,
  type PayoutAccountPanel_AccountFragment,
} from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { useFormFailure } from '../../lib/form-failure';
import { sitePath } from '../../lib/safe-path';

interface PayoutAccountPanelProps {
  /** Null until the expert starts onboarding (Stripe). */
  account: PayoutAccountPanel_AccountFragment | null;
  /** This Skillcall's payment provider: where the onboarding link leads. */
  provider: PaymentProviderName | undefined;
}

/** One fact about the payout account, as a yes/no badge. */
function Fact({ ok, label }: { ok: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge color={ok ? 'teal' : 'gray'} variant="light" tt="none" miw={48}>
        {ok ? t('common.yes') : t('common.no')}
      </Badge>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/**
 * The expert's payout account at the payment provider: whether users can pay them and whether earnings reach their
 * bank, and the provider's onboarding form to set it up or update it (Stripe's page, or straight back here offline).
 */
export function PayoutAccountPanel({ account, provider }: PayoutAccountPanelProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Starting creates the account: the page shows it once asked again.
  const [start, { loading }] = useMutation(PayoutAccountPanel_StartOnboardingDocument, { refetchQueries: [EarningsPageDocument] });
  const { failure, attempt } = useFormFailure();

  const openOnboarding = () =>
    attempt(async () => {
      const { data } = await start();
      const url = data?.startPayoutOnboarding.url;
      if (!url) throw new Error('startPayoutOnboarding returned no data');
      switch (provider) {
        case 'STRIPE':
          window.location.assign(url);
          return;
        case 'OFFLINE':
        case undefined:
          // The offline provider has no form: its link comes straight back to this page.
          await navigate(sitePath(url));
          return;
        default:
          assertNever(provider);
      }
    });

  const ready = account?.detailsSubmitted ?? false;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="payout-account-title" data-testid="payout-account">
      <Stack gap="sm">
        <Title order={2} size="h4" id="payout-account-title">
          {t('earnings.account.title')}
        </Title>
        {account ? (
          <Stack gap={6}>
            <Fact ok={account.detailsSubmitted} label={t('earnings.account.detailsSubmitted')} />
            <Fact ok={account.chargesEnabled} label={t('earnings.account.chargesEnabled')} />
            <Fact ok={account.payoutsEnabled} label={t('earnings.account.payoutsEnabled')} />
          </Stack>
        ) : (
          <Text size="sm">{t('earnings.account.none')}</Text>
        )}
        {account && !account.chargesEnabled && <Text size="sm">{t('earnings.account.cannotBePaid')}</Text>}
        <FormFailure failure={failure} />
        {/* A long label (in French) wraps on a phone rather than running out of the card. */}
        <Button
          onClick={() => void openOnboarding()}
          loading={loading}
          variant={ready ? 'default' : 'filled'}
          w="fit-content"
          maw="100%"
          h="auto"
          py={8}
          styles={{ label: { whiteSpace: 'normal' } }}
        >
          {ready ? t('earnings.account.update') : t('earnings.account.setUp')}
        </Button>
      </Stack>
    </Paper>
  );
}
