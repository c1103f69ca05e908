/**
 * The body every template fills: a heading (the subject), the greeting, paragraphs and quoted words, the details
 * (when, zone, amount) as label-over-value pairs that fit a phone, one button, and the address in text for a
 * client that shows no button. Text is text: React escapes what users wrote (names, titles, reasons).
 */
import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { Fragment } from 'react';
import type { MailBlock, MailContent } from './content';
import { Layout } from './layout';
import { styles } from './styles';

/** Line breaks a person typed stay line breaks. */
function Lines({ text }: { text: string }) {
  return text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {line}
    </Fragment>
  ));
}

function Block({ block }: { block: MailBlock }) {
  if (block.kind === 'paragraph') {
    return (
      <Text style={styles.text} className="mail-text">
        {block.text}
      </Text>
    );
  }
  return (
    <>
      {block.label && (
        <Text style={{ ...styles.text, marginBottom: 8 }} className="mail-text">
          {block.label}
        </Text>
      )}
      <Section style={styles.quote} className="mail-panel">
        <blockquote style={{ margin: 0 }}>
          <Lines text={block.text} />
        </blockquote>
      </Section>
    </>
  );
}

export function MailMessage({ content }: { content: MailContent }) {
  const firstParagraph = content.body.find((block) => block.kind === 'paragraph')?.text ?? content.subject;
  return (
    <Layout content={content} preview={firstParagraph}>
      <Heading as="h1" style={styles.heading} className="mail-text">
        {content.subject}
      </Heading>
      <Text style={styles.text} className="mail-text">
        {content.greeting}
      </Text>
      {content.body.map((block, i) => (
        <Block key={i} block={block} />
      ))}
      {content.details.length > 0 && (
        <Section style={styles.details} className="mail-panel">
          {content.details.map((detail) => (
            <Fragment key={detail.label}>
              <Text style={styles.detailLabel} className="mail-dimmed">
                {detail.label}
              </Text>
              <Text style={styles.detailValue} className="mail-text">
                {detail.value}
              </Text>
            </Fragment>
          ))}
        </Section>
      )}
      <Section style={{ margin: '8px 0 24px' }}>
        <Button href={content.action.url} style={styles.button} className="mail-button">
          {content.action.label}
        </Button>
      </Section>
      <Text style={styles.small} className="mail-dimmed">
        {content.action.fallback}{' '}
        <Link href={content.action.url} style={styles.link} className="mail-link">
          {content.action.url}
        </Link>
      </Text>
      {content.after.map((text, i) => (
        <Text key={i} style={styles.text} className="mail-text">
          {text}
        </Text>
      ))}
      <Text style={styles.text} className="mail-text">
        {content.signature}
      </Text>
    </Layout>
  );
}
