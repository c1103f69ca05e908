import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useViewer } from '../identity/use-viewer';
import type { WorkspacePanelProps } from './WorkspacePanel';
import { workspaceColor } from './workspace-user';

/** The panel and its editors are a chunk of their own: the page that shows it does not download them up front. */
const WorkspacePanel = lazy(() => import('./WorkspacePanel'));

interface WorkspaceProps extends Omit<WorkspacePanelProps, 'user'> {
  /** The viewer's name as the other participant knows it (it labels their caret). */
  myName: string;
}

/** The booking's shared workspace (notes, code, whiteboard), for its two participants: in the room and on the booking page. */
export function Workspace({ myName, ...props }: WorkspaceProps) {
  const { viewer } = useViewer();
  return (
    <Suspense fallback={<Skeleton height={320} />}>
      <WorkspacePanel {...props} user={{ name: myName, color: workspaceColor(viewer?.id ?? myName) }} />
    </Suspense>
  );
}
