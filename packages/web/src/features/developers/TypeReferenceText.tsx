import { ReferenceLink } from './ReferenceLink';
import { typeAnchor, type TypeReference } from './reference-model';
import classes from './developers.module.css';

/** A type as written in SDL (`[Booking!]!`), its named type linking to its section. */
export function TypeReferenceText({ type }: { type: TypeReference }) {
  return (
    <code className={classes.signature}>
      {type.before}
      <ReferenceLink anchor={typeAnchor(type.name)}>{type.name}</ReferenceLink>
      {type.after}
    </code>
  );
}
