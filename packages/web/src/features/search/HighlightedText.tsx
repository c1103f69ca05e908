import { Mark } from '@mantine/core';
import type { HighlightedText_SegmentFragment } from '@skillcall/schema';
import { Fragment } from 'react';

/** Text from the search engine with what the query matched in <mark>. Plain text only: no HTML is interpreted. */
export function HighlightedText({ segments }: { segments: readonly HighlightedText_SegmentFragment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <Mark key={index} color="yellow">
            {segment.text}
          </Mark>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}

/** Whether an extract starts inside a sentence ("…accompanied hundreds") or stops inside one ("we work on…"). */
export function extractEdges(segments: readonly HighlightedText_SegmentFragment[]): { cutStart: boolean; cutEnd: boolean } {
  const text = segments.map((segment) => segment.text).join('');
  const first = text.trimStart().charAt(0);
  const last = text.trimEnd().slice(-1);
  return {
    cutStart: first !== '' && first !== first.toUpperCase(),
    cutEnd: last !== '' && !/[.!?…)»”"]/.test(last),
  };
}
