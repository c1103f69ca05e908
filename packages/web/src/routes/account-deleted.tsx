import { useTranslation } from 'react-i18next';
import { AccountDeletedMessage } from '../features/privacy/AccountDeletedMessage';
import { useDocumentTitle } from '../lib/document-title';

/** `/account-deleted`: the goodbye after deleting one's account. */
export function AccountDeletedRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.deleted.docTitle'));
  return <AccountDeletedMessage />;
}
