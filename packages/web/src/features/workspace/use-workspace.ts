import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { WorkspaceSession, type WorkspaceUser } from './workspace-session';
import type { WorkspaceKind } from './workspace-documents';
import { workspaceStatus, type WorkspaceStatus } from './workspace-status';

export type { WorkspaceUser };

export interface WorkspaceConnection {
  docs: Record<WorkspaceKind, Y.Doc>;
  providers: Record<WorkspaceKind, HocuspocusProvider>;
  status: WorkspaceStatus;
  /** Editing is off: the session ended (or the server says so), or the documents were refused. */
  readOnly: boolean;
}

/** The booking's shared documents while the component is shown (see `WorkspaceSession`); null until connected. */
export function useWorkspace(bookingId: string, user: WorkspaceUser, sessionEnded: boolean): WorkspaceConnection | null {
  const [session] = useState(() => new WorkspaceSession(bookingId));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  useEffect(() => {
    session.start();
    return () => session.stop();
  }, [session]);
  useEffect(() => {
    session.setUser({ name: user.name, color: user.color });
  }, [session, user.name, user.color]);

  if (!snapshot.providers) return null;
  const readOnly = sessionEnded || snapshot.serverReadOnly;
  return {
    docs: session.docs,
    providers: snapshot.providers,
    readOnly: readOnly || snapshot.refused !== null,
    status: workspaceStatus({ ...snapshot, readOnly }),
  };
}
