import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import classes from './developers.module.css';

interface ReferenceLinkProps {
  anchor: string;
  children: ReactNode;
  /** An accessible name when the text alone does not say where it goes (a "#" permalink). */
  label?: string;
  className?: string;
}

/** The address of an anchor of the page: it can be shared. */
function anchorHref(anchor: string): string {
  return `/developers#${encodeURIComponent(anchor)}`;
}

/**
 * A link to an anchor of the reference: a plain `<a>` (there are over a thousand of them); the page's
 * `useReferenceLinkClicks` handler navigates inside the SPA and clears the filter, so the target is always shown.
 */
export function ReferenceLink({ anchor, children, label, className = classes.referenceLink }: ReferenceLinkProps) {
  return (
    <a href={anchorHref(anchor)} className={className} aria-label={label} data-reference-link="">
      {children}
    </a>
  );
}

/**
 * One click handler for every ReferenceLink inside the element it is set on: a plain left click calls `onFollow`
 * (the page clears its filter) and navigates inside the SPA; new tab, window and download clicks are left to the
 * browser.
 */
export function useReferenceLinkClicks(onFollow: () => void): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-reference-link]');
    if (!link) return;
    event.preventDefault();
    onFollow();
    const url = new URL(link.href);
    navigate({ pathname: url.pathname, hash: url.hash });
  };
}
