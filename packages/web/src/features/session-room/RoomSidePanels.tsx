import { Stack, Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { oneRowTabs } from '../../components/ui/one-row-tabs';

export interface RoomSidePanel {
  /** Stable id (the tab's value). */
  id: string;
  /** The tab's name. */
  label: string;
  panel: ReactNode;
}

/**
 * Beside the video (below it on tablets) the panels are stacked; on a phone (below `sm`) they are tabs under the
 * video, one open at a time, so the call stays in view, on one row whatever the language (`oneRowTabs`). The room declares them in one list (SessionCall's
 * `sidePanels`).
 */
export function RoomSidePanels({ panels, label }: { panels: RoomSidePanel[]; label: string }) {
  const phone = useMediaQuery('(max-width: 47.99em)');
  if (!phone || panels.length < 2) {
    return (
      <Stack gap="md">
        {panels.map((item) => (
          <div key={item.id}>{item.panel}</div>
        ))}
      </Stack>
    );
  }
  return (
    <Tabs defaultValue={panels[0]!.id} keepMounted data-testid="room-tabs" classNames={oneRowTabs}>
      <Tabs.List grow aria-label={label} mb="sm">
        {panels.map((item) => (
          <Tabs.Tab key={item.id} value={item.id}>
            {item.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {panels.map((item) => (
        <Tabs.Panel key={item.id} value={item.id}>
          {item.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
