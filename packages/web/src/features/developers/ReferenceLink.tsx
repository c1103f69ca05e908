import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './developers.module.css';

interface ReferenceLinkProps {
  anchor: string;
  children: ReactNode;
  /** An accessible name when the text alone does not say where it goes (a "#" permalink). */
  label?: string;
  className?: string;
}

/**
 * A link to an anchor of the reference. It clears the filter (the address keeps only the anchor), so the target is
 * always shown, and the address can be shared.
 */
export function ReferenceLink({ anchor, children, label, className = classes.referenceLink }: ReferenceLinkProps) {
  return (
    <Link to={{ pathname: '/developers', search: '', hash: anchor }} className={className} aria-label={label}>
      {children}
    </Link>
  );
}
