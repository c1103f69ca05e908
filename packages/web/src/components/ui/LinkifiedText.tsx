import { Anchor, Text, type TextProps } from '@mantine/core';
import { splitLinks } from '../../lib/linkify';

/** Plain text, line breaks kept, with its http(s) URLs as links. No HTML is interpreted. */
export function LinkifiedText({ text, ...props }: TextProps & { text: string }) {
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} {...props}>
      {splitLinks(text).map((part, index) =>
        part.kind === 'link' ? (
          <Anchor key={index} href={part.value} inherit>
            {part.value}
          </Anchor>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </Text>
  );
}
