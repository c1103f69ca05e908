import { Alert } from '@mantine/core';
import type { OfflineNotice_ProviderFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';

/** Where the notice stands: where users pay, where a payment is shown, an expert's earnings, the platform's figures. */
export type OfflineNoticeContext = 'pay' | 'payment' | 'earnings' | 'revenue';

/**
 * Says plainly that payments are simulated when this Skillcall uses the offline provider (no real money moves).
 * Shows nothing with a provider that moves real money, or while the provider is unknown.
 */
export function OfflineNotice({
  provider,
  context,
}: {
  provider: Pick<OfflineNotice_ProviderFragment, 'movesRealMoney'> | null | undefined;
  context: OfflineNoticeContext;
}) {
  const { t } = useTranslation();
  if (!provider || provider.movesRealMoney) return null;
  return (
    <Alert color="yellow" variant="light" title={t('billing.offline.title')} data-testid="offline-notice">
      {t(`billing.offline.${context}`)}
    </Alert>
  );
}
