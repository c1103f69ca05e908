import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../components/ui/PageCard';
import { InvalidResetLink, ResetPasswordForm } from '../features/identity/ResetPasswordForm';
import { useDocumentTitle } from '../lib/document-title';

/** `/reset-password?token=`: the page a reset email links to. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.docTitle'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <PageCard title={t('resetPassword.title')}>
      {token ? <ResetPasswordForm key={token} token={token} /> : <InvalidResetLink reason="missing" />}
    </PageCard>
  );
}
