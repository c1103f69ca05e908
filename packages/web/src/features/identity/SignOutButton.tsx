import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignOut } from './use-session';

export function SignOutButton() {
  const { t } = useTranslation();
  const { signOut, signingOut } = useSignOut();
  return (
    <Button variant="light" color="red" loading={signingOut} onClick={() => void signOut()}>
      {t('account.signOut')}
    </Button>
  );
}
