import { Box, Button, CopyButton, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './developers.module.css';

interface CodeSampleProps {
  /** What the sample is ("curl", "Node.js"): shown above it and in the copy button's accessible name. */
  label: string;
  code: string;
}

/** A block of code to copy as is, with a Copy button. */
export function CodeSample({ label, code }: CodeSampleProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" className={classes.sample}>
      <Group justify="space-between" px="sm" py={4} className={classes.sampleBar}>
        <Text size="xs" c="dimmed" fw={600}>
          {label}
        </Text>
        <CopyButton value={code}>
          {({ copied, copy }) => (
            <Button
              size="compact-xs"
              variant={copied ? 'filled' : 'subtle'}
              color={copied ? 'teal' : undefined}
              onClick={copy}
              aria-label={t('developerDocs.code.copyLabel', { what: label })}
            >
              {copied ? t('developerDocs.code.copied') : t('developerDocs.code.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      {/* Scrolls sideways on small screens: focusable, so the keyboard can scroll it too. */}
      <Box component="pre" className={classes.code} tabIndex={0}>
        <code>{code}</code>
      </Box>
    </Paper>
  );
}
