import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxQueryLength } from './search-state';

interface SearchQueryFieldProps {
  /** The text searched now (the address's). */
  q: string;
  /**
   * Typing paused on `next`; `base` is what was searched when typing started, so that a change of address made
   * meanwhile (back button) is not overwritten.
   */
  onQueryChange: (next: string, base: string) => void;
  error?: string;
}

/** The results page's own search box: results follow the text a moment after typing stops (or at once on Enter). */
export function SearchQueryField({ q, onQueryChange, error }: SearchQueryFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(q);
  const [shownFor, setShownFor] = useState(q);
  if (shownFor !== q) {
    setShownFor(q);
    if (q !== text.trim()) setText(q);
  }
  const apply = useDebouncedCallback((next: string, base: string) => onQueryChange(next, base), 300);
  return (
    <TextInput
      type="search"
      label={t('search.keywords')}
      placeholder={t('search.placeholder')}
      value={text}
      maxLength={maxQueryLength}
      enterKeyHint="search"
      onChange={(event) => {
        setText(event.currentTarget.value);
        apply(event.currentTarget.value.trim(), q);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          apply.flush();
        }
      }}
      error={error}
    />
  );
}
