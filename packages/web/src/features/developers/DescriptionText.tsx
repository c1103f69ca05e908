import { Fragment } from 'react';
import { ReferenceLink } from './ReferenceLink';
import { useReference } from './reference-context';
import classes from './developers.module.css';

/** Backticks mark code: every odd piece of a split is code. */
function inlinePieces(text: string): { code: boolean; text: string }[] {
  return text.split('`').map((piece, index) => ({ code: index % 2 === 1, text: piece }));
}

/** A schema description as text: paragraphs, inline `code`, and code naming a type or field linked to it. */
export function DescriptionText({ text }: { text: string | null }) {
  const { anchors, t } = useReference();
  if (!text) {
    return <p className={classes.noDescription}>{t('developerDocs.reference.noDescription')}</p>;
  }
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, paragraphIndex) => (
        <p key={paragraphIndex} className={classes.description}>
          {inlinePieces(paragraph).map((piece, index) => {
            if (!piece.code) return <Fragment key={index}>{piece.text}</Fragment>;
            const anchor = anchors.get(piece.text);
            const code = <code className={classes.inlineCode}>{piece.text}</code>;
            return anchor ? (
              <ReferenceLink key={index} anchor={anchor}>
                {code}
              </ReferenceLink>
            ) : (
              <Fragment key={index}>{code}</Fragment>
            );
          })}
        </p>
      ))}
    </>
  );
}
