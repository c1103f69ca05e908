import { Fragment } from 'react';
import { DescriptionText } from './DescriptionText';
import { EnumValueItem, FieldItem, Permalink } from './ReferenceEntries';
import { ReferenceLink } from './ReferenceLink';
import { useReference } from './reference-context';
import { typeAnchor, type TypeEntry } from './reference-model';
import classes from './developers.module.css';

/** "Implements A, B": each type name a link to its section. */
function TypeNames({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <p className={classes.typeRelation}>
      <span className={classes.subheading}>{label}</span>{' '}
      {names.map((name, index) => (
        <Fragment key={name}>
          {index > 0 && ', '}
          <ReferenceLink anchor={typeAnchor(name)}>
            <code>{name}</code>
          </ReferenceLink>
        </Fragment>
      ))}
    </p>
  );
}

/** A named type: its kind, description, relations, and its fields or values (those the filter kept). */
export function TypeSection({ type }: { type: TypeEntry }) {
  const { t } = useReference();
  return (
    <section id={type.anchor} className={classes.typeSection} data-testid="reference-type" aria-labelledby={`${type.anchor}-title`}>
      <div className={classes.typeHead}>
        <h4 id={`${type.anchor}-title`} className={classes.typeTitle}>
          <code>{type.name}</code>
        </h4>
        <span className={classes.kindBadge}>{t(`developerDocs.reference.kind.${type.kind}`)}</span>
        <Permalink anchor={type.anchor} name={type.name} />
      </div>
      <DescriptionText text={type.description} />
      <TypeNames label={t('developerDocs.reference.implements')} names={type.interfaces} />
      <TypeNames label={t('developerDocs.reference.members')} names={type.members} />
      <TypeNames label={t('developerDocs.reference.implementedBy')} names={type.implementations} />
      {type.specifiedByURL && (
        <p className={classes.typeRelation}>
          <span className={classes.subheading}>{t('developerDocs.reference.specifiedBy')}</span>{' '}
          <a href={type.specifiedByURL} target="_blank" rel="noreferrer" className={classes.referenceLink}>
            {type.specifiedByURL}
          </a>
        </p>
      )}
      {type.fields.length > 0 && (
        <div>
          <div className={classes.subheading}>{t('developerDocs.reference.fields')}</div>
          {type.fields.map((field) => (
            <FieldItem key={field.name} field={field} />
          ))}
        </div>
      )}
      {type.values.length > 0 && (
        <div>
          <div className={classes.subheading}>{t('developerDocs.reference.values')}</div>
          {type.values.map((value) => (
            <EnumValueItem key={value.name} value={value} />
          ))}
        </div>
      )}
    </section>
  );
}
