import type { ReactNode } from 'react';
import { DescriptionText } from './DescriptionText';
import { ReferenceLink } from './ReferenceLink';
import { TypeReferenceText } from './TypeReferenceText';
import { useReference } from './reference-context';
import type { ArgumentEntry, EnumValueEntry, FieldEntry } from './reference-model';
import classes from './developers.module.css';

/** "#", linking to the entry itself: the address to share. */
export function Permalink({ anchor, name }: { anchor: string; name: string }) {
  const { t } = useReference();
  return (
    <ReferenceLink anchor={anchor} label={t('developerDocs.reference.permalink', { name })} className={classes.permalink}>
      #
    </ReferenceLink>
  );
}

/** The orange badge and the schema's reason for a deprecated field, argument or value. */
function Deprecation({ reason }: { reason: string | null }) {
  const { t } = useReference();
  if (reason === null) return null;
  return (
    <div className={classes.deprecation}>
      <span className={classes.deprecatedBadge}>{t('developerDocs.reference.deprecated')}</span>
      <DescriptionText text={reason} />
    </div>
  );
}

function DefaultValue({ value }: { value: string | null }) {
  const { t } = useReference();
  if (value === null) return null;
  return <span className={classes.defaultValue}>{t('developerDocs.reference.defaultValue', { value })}</span>;
}

/** One entry: a heading line (name, type, default), then the deprecation and the description. */
function Entry({
  anchor,
  name,
  deprecationReason,
  heading,
  children,
}: {
  anchor: string;
  name: string;
  deprecationReason: string | null;
  heading: ReactNode;
  children?: ReactNode;
}) {
  return (
    <article id={anchor} className={classes.entry} data-deprecated={deprecationReason !== null || undefined} data-testid="reference-entry">
      <div className={classes.entryHead}>
        {heading}
        <Permalink anchor={anchor} name={name} />
      </div>
      <Deprecation reason={deprecationReason} />
      {children}
    </article>
  );
}

function ArgumentList({ args }: { args: ArgumentEntry[] }) {
  const { t } = useReference();
  if (args.length === 0) return null;
  return (
    <div className={classes.arguments}>
      <div className={classes.subheading}>{t('developerDocs.reference.arguments')}</div>
      <dl className={classes.argumentList}>
        {args.map((arg) => (
          <div key={arg.name} data-deprecated={arg.deprecationReason !== null || undefined}>
            <dt>
              <code className={classes.signature}>
                <span className={classes.name}>{arg.name}</span>:{' '}
              </code>
              <TypeReferenceText type={arg.type} /> <DefaultValue value={arg.defaultValue} />
            </dt>
            <dd>
              <Deprecation reason={arg.deprecationReason} />
              <DescriptionText text={arg.description} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** A field of a type, an input field, or a root operation with its arguments. */
export function FieldItem({ field }: { field: FieldEntry }) {
  return (
    <Entry
      anchor={field.anchor}
      name={field.name}
      deprecationReason={field.deprecationReason}
      heading={
        <>
          <code className={classes.signature}>
            <span className={classes.name}>{field.name}</span>
            {field.args.length > 0 && '(…)'}:{' '}
          </code>
          <TypeReferenceText type={field.type} />
          <DefaultValue value={field.defaultValue} />
        </>
      }
    >
      <DescriptionText text={field.description} />
      <ArgumentList args={field.args} />
    </Entry>
  );
}

/** A value of an enum. */
export function EnumValueItem({ value }: { value: EnumValueEntry }) {
  return (
    <Entry
      anchor={value.anchor}
      name={value.name}
      deprecationReason={value.deprecationReason}
      heading={<code className={`${classes.signature} ${classes.name}`}>{value.name}</code>}
    >
      <DescriptionText text={value.description} />
    </Entry>
  );
}
