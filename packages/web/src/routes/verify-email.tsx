import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { VerifyEmail } from '../features/identity/VerifyEmail';
import { useDocumentTitle } from '../lib/document-title';

/** `/verify-email?token=`: the page an email confirmation link opens. */
export function VerifyEmailRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('verifyEmail.docTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <PageCard title={t('verifyEmail.title')}>
      {token ? (
        <VerifyEmail key={token} token={token} />
      ) : (
        <Alert color="orange" variant="light" role="alert">
          {t('verifyEmail.missingToken')}
        </Alert>
      )}
    </PageCard>
  );
}
