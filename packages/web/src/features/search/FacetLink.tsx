import { Badge, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface FacetLinkProps {
  label: string;
  /** How many results it leads to; undefined when not known (an ancestor of the choice, a count still loading). */
  count?: number;
  /** Whether the count is an estimate (shown as "~1,200"). */
  approximate?: boolean;
  /** Where it leads: the same search with this value chosen (a link, so it can be opened elsewhere or shared). */
  to: string;
  active?: boolean;
  /** Sub-categories are indented under their parent. */
  indent?: boolean;
}

/** One value of a facet ("Programming 10"), chosen by following it. */
export function FacetLink({ label, count, approximate = false, to, active = false, indent = false }: FacetLinkProps) {
  const { t } = useTranslation();
  return (
    <NavLink
      component={Link}
      to={to}
      preventScrollReset
      label={label}
      active={active}
      aria-current={active ? 'true' : undefined}
      aria-label={count === undefined ? label : t(approximate ? 'search.facetItemAbout' : 'search.facetItem', { label, count })}
      variant="light"
      py={4}
      pl={indent ? 'lg' : 'xs'}
      fw={active ? 600 : undefined}
      rightSection={
        count === undefined ? null : (
          <Badge size="sm" variant={active ? 'filled' : 'light'} color={active ? 'blue' : 'gray'} aria-hidden>
            {t(approximate ? 'search.facetCountAbout' : 'search.facetCount', { count })}
          </Badge>
        )
      }
      styles={{ label: { whiteSpace: 'normal' } }}
    />
  );
}
