/** The frame every mail shares: language, colour schemes, the brand in text, and a footer saying why it came. */
import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import type { MailContent } from './content';
import { css, styles } from './styles';

export function Layout({ content, preview, children }: { content: MailContent; preview: string; children: ReactNode }) {
  return (
    <Html lang={content.locale} dir="ltr">
      <Head>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{content.subject}</title>
        <style>{css}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body} className="mail-body">
        <Container style={styles.card} className="mail-card">
          <Text style={styles.brand} className="mail-brand">
            {content.brand}
          </Text>
          {children}
          <Hr style={styles.rule} className="mail-rule" />
          <Text style={styles.small} className="mail-dimmed">
            {content.footer}
          </Text>
          {content.unsubscribe && (
            <Text style={styles.small} className="mail-dimmed">
              <Link href={content.unsubscribe.url} style={styles.link} className="mail-link">
                {content.unsubscribe.label}
              </Link>
            </Text>
          )}
        </Container>
      </Body>
    </Html>
  );
}
