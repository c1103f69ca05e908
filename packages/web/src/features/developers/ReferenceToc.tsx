import { useTranslation } from 'react-i18next';
import { ReferenceLink } from './ReferenceLink';
import { gettingStartedSections, sectionTitleKeys } from '../../lib/partner-api';
import { kindAnchor, typesByKind, type ApiReference } from './reference-model';
import classes from './developers.module.css';

/** The page's table of contents: the guide's sections, then the reference as the filter left it. */
export function ReferenceToc({ reference }: { reference: ApiReference }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('developerDocs.toc.label')} className={classes.toc}>
      <div className={classes.tocHeading}>{t('developerDocs.toc.gettingStarted')}</div>
      <ul>
        {gettingStartedSections.map((section) => (
          <li key={section}>
            <ReferenceLink anchor={section}>{t(sectionTitleKeys[section])}</ReferenceLink>
          </li>
        ))}
      </ul>
      <div className={classes.tocHeading}>{t('developerDocs.toc.reference')}</div>
      <ul>
        {reference.roots.map((root) => (
          <li key={root.name}>
            <ReferenceLink anchor={root.anchor}>
              {root.operation ? t(`developerDocs.reference.roots.${root.operation}`) : root.name}
            </ReferenceLink>
            <ul>
              {root.fields.map((field) => (
                <li key={field.name}>
                  <ReferenceLink anchor={field.anchor}>{field.name}</ReferenceLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
        {typesByKind(reference.types).map(({ kind, types }) => (
          <li key={kind}>
            <ReferenceLink anchor={kindAnchor(kind)}>{t(`developerDocs.reference.kinds.${kind}`)}</ReferenceLink>
            <ul>
              {types.map((type) => (
                <li key={type.name}>
                  <ReferenceLink anchor={type.anchor}>{type.name}</ReferenceLink>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
