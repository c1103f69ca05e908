import { Anchor, Badge, DataList, Paper, Stack, Text, Title } from '@mantine/core';
import type { PaymentPanel_PaymentFragment, PaymentStatus, PriceModel } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { sitePath } from '../../lib/safe-path';
import { useDateFormat } from '../identity/use-date-format';
import { OfflineNotice } from './OfflineNotice';

const colors: Record<PaymentStatus, string> = { PENDING: 'orange', AUTHORIZED: 'blue', CAPTURED: 'teal', CANCELED: 'gray' };

/** Who reads the panel: the user who paid, the expert (who also sees the commission and their share), or an admin. */
export type PaymentViewer = 'USER' | 'EXPERT' | 'ADMIN';

interface PaymentPanelProps {
  payment: PaymentPanel_PaymentFragment;
  priceModel: PriceModel;
  viewer: PaymentViewer;
}

/**
 * A booking's payment: where it stands, what was charged (per minute: held, then only the minutes used), what went
 * back, the platform's commission and the expert's share (for the expert and admins), and the receipt to download.
 */
export function PaymentPanel({ payment, priceModel, viewer }: PaymentPanelProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { dateTime } = useDateFormat();
  const money = (value: PaymentPanel_PaymentFragment['amount']) => formatMoney(value, language);
  const perMinute = priceModel === 'PER_MINUTE';
  // What was charged and then given back (a cancellation, the guarantee) changes what the payment amounts to.
  const refunded =
    payment.refunded.amountMinor <= 0 ? null : payment.refunded.amountMinor >= payment.captured.amountMinor ? 'FULL' : 'PARTIAL';

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="payment-panel-title" data-testid="payment-panel">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="payment-panel-title">
            {t('billing.payment.title')}
          </Title>
          <Badge color={refunded ? 'gray' : colors[payment.status]} variant="light" tt="none" w="fit-content" data-testid="payment-status">
            {refunded ? t(`billing.payment.refundedBadge.${refunded}`) : t(`paymentStatus.${payment.status}`)}
          </Badge>
          <Text size="sm">
            {refunded
              ? t(`billing.payment.refundedText.${refunded}`, { refunded: money(payment.refunded), captured: money(payment.captured) })
              : t(`billing.payment.statusText.${payment.status}`, { amount: money(payment.amount) })}
          </Text>
        </Stack>
        <OfflineNotice provider={payment} context="payment" />
        <DataList labelWidth={180}>
          <DataList.Item>
            <DataList.ItemLabel>{perMinute ? t('billing.payment.heldAtMost') : t('billing.payment.amount')}</DataList.ItemLabel>
            <DataList.ItemValue>{money(payment.amount)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('billing.payment.captured')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="payment-captured">{money(payment.captured)}</DataList.ItemValue>
          </DataList.Item>
          {payment.refunded.amountMinor > 0 && (
            <DataList.Item>
              <DataList.ItemLabel>{t('billing.payment.refunded')}</DataList.ItemLabel>
              <DataList.ItemValue data-testid="payment-refunded">{money(payment.refunded)}</DataList.ItemValue>
            </DataList.Item>
          )}
          {viewer !== 'USER' && (
            <>
              <DataList.Item>
                <DataList.ItemLabel>{t('billing.payment.platformFee')}</DataList.ItemLabel>
                <DataList.ItemValue data-testid="payment-platform-fee">{money(payment.platformFee)}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>
                  {viewer === 'EXPERT' ? t('billing.payment.yourShare') : t('billing.payment.expertShare')}
                </DataList.ItemLabel>
                <DataList.ItemValue data-testid="payment-expert-share">{money(payment.expertShare)}</DataList.ItemValue>
              </DataList.Item>
            </>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('billing.payment.provider')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`billing.payment.providerName.${payment.provider}`)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('billing.payment.openedAt')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <time dateTime={payment.createdAt}>{dateTime(payment.createdAt)}</time>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        {viewer !== 'USER' && (
          <Text size="xs" c="dimmed">
            {t('billing.payment.shareNote')}
          </Text>
        )}
        {payment.invoices.map((document) => (
          // Same origin, cookie-authenticated: the server answers with the PDF as an attachment.
          <Anchor key={document.id} href={sitePath(document.url)} download size="sm" fw={600} w="fit-content">
            {document.kind === 'INVOICE'
              ? t('invoices.invoice', { number: document.number })
              : t('invoices.creditNote', { number: document.number })}
          </Anchor>
        ))}
        {payment.invoices.length === 0 && payment.receiptUrl && (
          // A payment captured before invoices existed keeps its receipt.
          <Anchor href={sitePath(payment.receiptUrl)} download size="sm" fw={600} w="fit-content">
            {t('billing.payment.receipt')}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
