import { Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "42 experts" / "About 12,400 experts" (when the API says its total is an estimate: above 1,000 matches), announced
 * to screen readers when it changes.
 */
export function ResultCount({ count, estimate, ...props }: TextProps & { count: number; estimate: boolean }) {
  const { t } = useTranslation();
  return (
    <Text fw={600} role="status" aria-live="polite" data-testid="search-count" {...props}>
      {estimate ? t('search.countAbout', { count }) : t('search.count', { count })}
    </Text>
  );
}
