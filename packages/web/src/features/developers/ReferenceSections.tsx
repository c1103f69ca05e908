import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DescriptionText } from './DescriptionText';
import { FieldItem } from './ReferenceEntries';
import { TypeSection } from './TypeSection';
import { kindAnchor, typesByKind, type ApiReference, type TypeEntry } from './reference-model';
import classes from './developers.module.css';

/** Queries, Mutations or Subscriptions: the operations of one root type. */
function RootSection({ root }: { root: TypeEntry }) {
  const { t } = useTranslation();
  return (
    <section id={root.anchor} aria-labelledby={`${root.anchor}-title`} className={classes.group} data-testid="reference-type">
      <Title order={3} id={`${root.anchor}-title`}>
        {root.operation ? t(`developerDocs.reference.roots.${root.operation}`) : root.name}
      </Title>
      {root.description && <DescriptionText text={root.description} />}
      {root.fields.map((field) => (
        <FieldItem key={field.name} field={field} />
      ))}
    </section>
  );
}

/** The reference as the filter left it: the root operations, then the types by kind. */
export function ReferenceSections({ reference }: { reference: ApiReference }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      {reference.roots.map((root) => (
        <RootSection key={root.name} root={root} />
      ))}
      {typesByKind(reference.types).map(({ kind, types }) => (
        <section key={kind} id={kindAnchor(kind)} aria-labelledby={`${kindAnchor(kind)}-title`} className={classes.group}>
          <Title order={3} id={`${kindAnchor(kind)}-title`}>
            {t(`developerDocs.reference.kinds.${kind}`)}
          </Title>
          {types.map((type) => (
            <TypeSection key={type.name} type={type} />
          ))}
        </section>
      ))}
    </Stack>
  );
}
