import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of "Getting started", its id the anchor the table of contents links to. */
export function DocSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack component="section" id={id} gap="sm" aria-labelledby={`${id}-title`}>
      <Title order={3} id={`${id}-title`}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
