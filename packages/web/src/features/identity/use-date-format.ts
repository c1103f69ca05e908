import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatTime, formatTimeRange, timeZoneLabel, viewerTimeZone } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useViewer } from './use-viewer';

/** The zone the viewer reads times in: their account's, or the browser's when signed out. */
export function useViewerTimeZone(): string {
  const { viewer } = useViewer();
  return viewerTimeZone(viewer?.timeZone);
}

/** Date formatters in the language shown and the viewer's time zone (the browser's when signed out). */
export function useDateFormat() {
  useTranslation(); // re-render on language change
  const language = currentLanguage();
  const timeZone = useViewerTimeZone();
  return {
    timeZone,
    /** The zone as people read it, "New York, Eastern Time". */
    zoneLabel: () => timeZoneLabel(timeZone, language),
    date: (iso: string) => formatDate(iso, language, timeZone),
    dateTime: (iso: string) => formatDateTime(iso, language, timeZone),
    time: (iso: string) => formatTime(iso, language, timeZone),
    timeRange: (startIso: string, endIso: string) => formatTimeRange(startIso, endIso, language, timeZone),
  };
}
