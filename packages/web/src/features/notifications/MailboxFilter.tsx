import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Filters the mailbox by recipient address (exact match, as the API does). */
export function MailboxFilter({ value, onChange }: { value: string; onChange: (to: string) => void }) {
  const { t } = useTranslation();
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(String(new FormData(event.currentTarget).get('to') ?? '').trim());
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          key={value}
          name="to"
          type="email"
          label={t('mailbox.filterLabel')}
          placeholder={t('mailbox.filterPlaceholder')}
          defaultValue={value}
          w={280}
        />
        <Button type="submit" variant="default">
          {t('mailbox.filter')}
        </Button>
        {value && (
          <Button variant="subtle" onClick={() => onChange('')}>
            {t('mailbox.showAll')}
          </Button>
        )}
      </Group>
    </form>
  );
}
