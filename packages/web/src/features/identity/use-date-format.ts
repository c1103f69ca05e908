import { useTranslation } from 'react-i18next';
import { browserTimeZone, formatDate, formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useViewer } from './viewer';

/** Date formatters in the language shown and the viewer's time zone (the browser's when signed out). */
export function useDateFormat() {
  useTranslation(); // re-render on language change
  const { viewer } = useViewer();
  const language = currentLanguage();
  const timeZone = viewer?.timeZone ?? browserTimeZone();
  return {
    date: (iso: string) => formatDate(iso, language, timeZone),
    dateTime: (iso: string) => formatDateTime(iso, language, timeZone),
  };
}
