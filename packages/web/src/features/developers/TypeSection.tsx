import { Anchor, Badge, Group, Title } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DescriptionText } from './DescriptionText';
import { EnumValueItem, FieldItem, Permalink } from './ReferenceEntries';
import { ReferenceLink } from './ReferenceLink';
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
  const { t } = useTranslation();
  return (
    <section id={type.anchor} className={classes.typeSection} data-testid="reference-type" aria-labelledby={`${type.anchor}-title`}>
      <Group gap="xs" align="center">
        <Title order={4} id={`${type.anchor}-title`} className={classes.typeTitle}>
          <code>{type.name}</code>
        </Title>
        <Badge variant="light" color="gray" size="sm">
          {t(`developerDocs.reference.kind.${type.kind}`)}
        </Badge>
        <Permalink anchor={type.anchor} name={type.name} />
      </Group>
      <DescriptionText text={type.description} />
      <TypeNames label={t('developerDocs.reference.implements')} names={type.interfaces} />
      <TypeNames label={t('developerDocs.reference.members')} names={type.members} />
      <TypeNames label={t('developerDocs.reference.implementedBy')} names={type.implementations} />
      {type.specifiedByURL && (
        <p className={classes.typeRelation}>
          <span className={classes.subheading}>{t('developerDocs.reference.specifiedBy')}</span>{' '}
          <Anchor href={type.specifiedByURL} target="_blank" rel="noreferrer" size="sm">
            {type.specifiedByURL}
          </Anchor>
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
