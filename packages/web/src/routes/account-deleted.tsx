import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { RootLayoutDocument } from '@skillcall/schema';
import { AccountDeletedMessage } from '../features/privacy/AccountDeletedMessage';
import { useDocumentTitle } from '../lib/document-title';

/** `/account-deleted`: the goodbye after deleting one's account; the header learns the visitor is signed out. */
export function AccountDeletedRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('privacy.deleted.docTitle'));
  const client = useApolloClient();
  useEffect(() => {
    void client.refetchQueries({ include: [RootLayoutDocument] }).catch(() => undefined);
  }, [client]);
  return <AccountDeletedMessage />;
}
