import { Alert, Anchor, List, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorMessage, type FieldErrorLike } from '../../lib/field-errors';

interface ErrorSummaryProps {
  /** The form fields showing an error, in order. */
  placed: readonly { path: string; label: string; id: string }[];
  /** Errors no field shows. */
  unplaced: readonly FieldErrorLike[];
}

/**
 * Above a long form: "Some fields need attention", with a link to each highlighted field. Scrolled into view
 * and announced when it appears, so the reader knows the save did not go through.
 */
export function ErrorSummary({ placed, unplaced }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [placed, unplaced]);

  const goTo = (id: string) => {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ behavior: 'smooth', block: 'center' });
    element.focus({ preventScroll: true });
  };

  return (
    <Alert ref={ref} color="red" variant="light" role="alert" title={t('apply.errors.title')}>
      <Text size="sm">{placed.length > 0 ? t('apply.errors.text') : t('apply.errors.textUnplaced')}</Text>
      {placed.length > 0 && (
        <List size="sm" mt="xs" spacing={2}>
          {placed.map((field) => (
            <List.Item key={field.path}>
              <Anchor
                href={`#${field.id}`}
                size="sm"
                onClick={(event) => {
                  event.preventDefault();
                  goTo(field.id);
                }}
              >
                {field.label}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {unplaced.length > 0 && (
        <List size="sm" mt="xs" spacing={2}>
          {unplaced.map((error) => (
            <List.Item key={`${error.field}-${error.code}`}>{fieldErrorMessage(error)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
