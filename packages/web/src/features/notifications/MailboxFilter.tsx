import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TextFilterForm } from '../../components/ui/TextFilterForm';

/** Filters the mailbox by recipient address (exact match, as the API does). */
export function MailboxFilter({ value, onChange }: { value: string; onChange: (to: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextFilterForm
      value={value}
      onSubmit={onChange}
      field={{ name: 'to', type: 'email', label: t('mailbox.filterLabel'), placeholder: t('mailbox.filterPlaceholder'), width: 280 }}
      submitLabel={t('mailbox.filter')}
      gap="xs"
    >
      {value && (
        <Button variant="subtle" onClick={() => onChange('')}>
          {t('mailbox.showAll')}
        </Button>
      )}
    </TextFilterForm>
  );
}
