import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** The header's search box: submitting goes to /search?q=… */
export function HeaderSearch({ className }: { className?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';

  return (
    <form
      role="search"
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const q = String(new FormData(event.currentTarget).get('q') ?? '').trim();
        void navigate(q ? `/search?${new URLSearchParams({ q }).toString()}` : '/search');
      }}
    >
      {/* Keyed on the URL's query: the box shows what /search shows, and empties elsewhere. */}
      <TextInput
        key={current}
        name="q"
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        defaultValue={current}
        radius="xl"
      />
    </form>
  );
}
