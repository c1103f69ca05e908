import { useTranslation } from 'react-i18next';
import { PageCard } from '../components/ui/PageCard';
import { ForgotPasswordForm } from '../features/identity/ForgotPasswordForm';
import { useDocumentTitle } from '../lib/document-title';

/** `/forgot-password`: ask for a reset link by email. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('forgotPassword.docTitle'));
  return (
    <PageCard title={t('forgotPassword.title')}>
      <ForgotPasswordForm />
    </PageCard>
  );
}
