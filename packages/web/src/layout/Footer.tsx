import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDevMailbox } from '../features/notifications/use-dev-mailbox';

export function Footer() {
  const { t } = useTranslation();
  // Only where mail stays on the server: with an SMTP server the mailbox does not exist.
  const devMailbox = useDevMailbox();
  return (
    <Box component="footer" py="lg" mt="xl" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="lg">
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {t('footer.license')}
          </Text>
          <Group gap="md">
            <Anchor component={Link} to="/developers" size="sm">
              {t('footer.developers')}
            </Anchor>
            {devMailbox && (
              <Anchor component={Link} to="/dev/mailbox" size="sm">
                {t('footer.mailbox')}
              </Anchor>
            )}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
