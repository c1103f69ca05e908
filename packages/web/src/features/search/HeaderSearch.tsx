import { useMatches } from '@mantine/core';
import { useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PlainTextInput } from '../../components/ui/PlainInputs';
import type { HeaderSearchComboboxProps } from './HeaderSearchCombobox';
import { maxQueryLength } from './search-limits';

/** The box with suggestions, and the popover and positioning code under them: loaded when the box is first used. */
const loadCombobox = async () => (await import('./HeaderSearchCombobox')).HeaderSearchCombobox;

/**
 * The header's search box. Pages first show a plain box (Enter searches the text at /search?q=…), Mantine's look
 * without its input code (PlainTextInput); hovering, touching or focusing it loads the one with suggestions
 * (HeaderSearchCombobox), which takes its place with the text typed so far and the focus, so the first download of
 * every page carries no input or dropdown code. `autoFocus`: focused when shown (the phone's header opens it on
 * demand).
 */
export function HeaderSearch({ className, autoFocus = false }: { className?: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const placeholder = useMatches({ base: t('headerSearch.placeholderShort'), sm: t('headerSearch.placeholder') });
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const plainBox = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<{ Combobox: ComponentType<HeaderSearchComboboxProps>; focused: boolean } | null>(null);

  // The box shows what /search shows, and empties elsewhere; what is typed stays until the address changes.
  const [value, setValue] = useState(current);
  const [shownFor, setShownFor] = useState(current);
  if (shownFor !== current) {
    setShownFor(current);
    setValue(current);
  }

  const load = () => {
    void loadCombobox().then((Combobox) => setLoaded((done) => done ?? { Combobox, focused: document.activeElement === plainBox.current }));
  };

  if (loaded) {
    return <loaded.Combobox className={className} value={value} setValue={setValue} autoFocus={loaded.focused} />;
  }
  return (
    <form
      role="search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const typed = value.trim();
        void navigate(typed ? `/search?${new URLSearchParams({ q: typed }).toString()}` : '/search');
      }}
    >
      <PlainTextInput
        ref={plainBox}
        // On phones the box opens from the header's search button, ready to type in.
        autoFocus={autoFocus}
        name="q"
        // The same name and role as the box that replaces it, which suggests as you type.
        role="combobox"
        aria-expanded={false}
        aria-haspopup="listbox"
        aria-autocomplete="list"
        aria-label={t('headerSearch.label')}
        placeholder={placeholder}
        enterKeyHint="search"
        maxLength={maxQueryLength}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onPointerEnter={load}
        onTouchStart={load}
        onFocus={load}
      />
    </form>
  );
}
