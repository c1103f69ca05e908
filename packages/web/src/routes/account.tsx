import { useQuery } from '@apollo/client/react';
import { Group, Skeleton, Stack, Title } from '@mantine/core';
import { AccountPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { CalendarFeedSection } from '../features/bookings/CalendarFeedSection';
import { AccountSettingsForm } from '../features/identity/AccountSettingsForm';
import { AccountSummary } from '../features/identity/AccountSummary';
import { ChangeEmailForm } from '../features/identity/ChangeEmailForm';
import { ChangePasswordForm } from '../features/identity/ChangePasswordForm';
import { NotificationSettingsLink } from '../features/notifications/NotificationSettingsLink';
import { TaxProfileLink } from '../features/tax/TaxProfileLink';
import { EmailNotVerifiedNotice } from '../features/identity/EmailNotVerifiedNotice';
import { LinkedProvidersSection } from '../features/identity/LinkedProvidersSection';
import { PasskeysSection } from '../features/identity/PasskeysSection';
import { SignOutButton } from '../features/identity/SignOutButton';
import { ApiKeyAccountSection } from '../features/partners/ApiKeyAccountSection';
import { DataExportSection } from '../features/privacy/DataExportSection';
import { DeleteAccountSection } from '../features/privacy/DeleteAccountSection';
import { useDocumentTitle } from '../lib/document-title';

/** `/account`, signed in only: who you are (and whether your address is confirmed), your preferences, a link to your
 * notification settings, your calendar feed, your email address and password, your sign-in providers and passkeys, a link to your API
 * keys, your data (export, deletion), and signing out. */
export function AccountRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('account.docTitle'));
  const { data, error, loading, refetch } = useQuery(AccountPageDocument, { fetchPolicy: 'cache-and-network' });

  if (error && !data) return <ErrorState title={t('account.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Stack gap="lg" maw={720} aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={160} />
        <Skeleton height={280} />
      </Stack>
    );
  }
  const me = data?.me;
  if (!me) return <Navigate to={`/sign-in?${new URLSearchParams({ next: '/account' }).toString()}`} replace />;

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('account.title')}</Title>
        <SignOutButton />
      </Group>
      {me.emailVerified === false && <EmailNotVerifiedNotice />}
      <AccountSummary user={me} />
      <AccountSettingsForm user={me} />
      <NotificationSettingsLink />
      <TaxProfileLink />
      <CalendarFeedSection />
      <ChangeEmailForm pendingEmail={me.pendingEmail ?? null} />
      <ChangePasswordForm />
      <LinkedProvidersSection />
      <PasskeysSection />
      <ApiKeyAccountSection />
      <DataExportSection />
      <DeleteAccountSection email={me.email ?? ''} />
    </Stack>
  );
}
