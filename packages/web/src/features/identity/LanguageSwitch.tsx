import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { PlainSelect } from '../../components/ui/PlainInputs';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, languages, type Language } from '../../lib/i18n';
import classes from './LanguageSwitch.module.css';
import { useViewer } from './use-viewer';

/**
 * Switches the interface language at once and remembers it on this device; when signed in, also saves it
 * to the account so emails come in that language.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // The client's own `mutate` rather than the useMutation hook, which this header would otherwise bring to every first
  // download for a call that only signed-in people make, rarely, and whose state nothing shows.
  const client = useApolloClient();

  const saveToAccount = async (locale: Language) => {
    try {
      await (await import('./save-language')).saveLanguageToAccount(client, locale);
    } catch {
      notifications.show({ color: 'red', message: t('language.saveFailed') });
    }
  };

  const onChange = (value: string) => {
    if (!isLanguage(value)) return;
    void changeLanguage(value, { remember: true });
    if (viewer && viewer.locale !== value) void saveToAccount(value);
  };

  return (
    <PlainSelect
      aria-label={t('language.label')}
      value={currentLanguage()}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      className={classes.select}
    />
  );
}
