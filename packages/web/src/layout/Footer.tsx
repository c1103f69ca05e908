import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function Footer() {
  const { t } = useTranslation();
  return (
    <Box component="footer" py="lg" mt="xl" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="lg">
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed">
            {t('footer.license')}
          </Text>
          <Anchor component={Link} to="/dev/mailbox" size="sm">
            {t('footer.mailbox')}
          </Anchor>
        </Group>
      </Container>
    </Box>
  );
}
