import { Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countEntries, type ApiReference } from './reference-model';

interface ReferenceFilterProps {
  value: string;
  onChange: (value: string) => void;
  /** The reference as filtered, for the count of what is shown. */
  shown: ApiReference;
}

/** The filter box over the reference, and how much of it matches. */
export function ReferenceFilter({ value, onChange, shown }: ReferenceFilterProps) {
  const { t } = useTranslation();
  const { types, members } = countEntries(shown);
  return (
    <div>
      <TextInput
        type="search"
        label={t('developerDocs.reference.filter')}
        placeholder={t('developerDocs.reference.filterPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      {value.trim() && (
        <Text size="xs" c="dimmed" mt={4} role="status" data-testid="reference-filter-count">
          {t('developerDocs.reference.matches', {
            types: t('developerDocs.reference.matchTypes', { count: types }),
            members: t('developerDocs.reference.matchMembers', { count: members }),
          })}
        </Text>
      )}
    </div>
  );
}
