/**
 * The booking's three shared documents, live: one WebSocket to `/collab` (the session cookie goes with it) carrying
 * a Hocuspocus provider per document, each with its awareness (the viewer's name and colour, for carets and
 * pointers). The documents outlive a stop and start (React's development double effects, a remount): only the
 * socket and providers are made anew, and they sync what was typed meanwhile. When the browser says it is offline
 * the socket is closed at once rather than left to time out, so the panel says "reconnecting…" while edits stay in
 * the page's documents; they merge when it is back online.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import {
  collabUrl,
  documentName,
  refusalReason,
  sizeLimitOf,
  workspaceKinds,
  type RefusalReason,
  type WorkspaceKind,
} from './workspace-documents';

export interface WorkspaceUser {
  name: string;
  color: string;
}

export interface WorkspaceSnapshot {
  /** The providers while started (their `document` is the kind's Y.Doc), else null. */
  providers: Record<WorkspaceKind, HocuspocusProvider> | null;
  synced: boolean;
  wasSynced: boolean;
  online: boolean;
  serverReadOnly: boolean;
  sizeLimitBytes: number | null;
  refused: RefusalReason | null;
}

export class WorkspaceSession {
  readonly docs: Record<WorkspaceKind, Y.Doc>;
  private snapshot: WorkspaceSnapshot;
  private readonly listeners = new Set<() => void>();
  private user: WorkspaceUser | null = null;
  private stopLive: (() => void) | null = null;

  constructor(private readonly bookingId: string) {
    this.docs = { notes: new Y.Doc(), code: new Y.Doc(), board: new Y.Doc() };
    this.snapshot = {
      providers: null,
      synced: false,
      wasSynced: false,
      // Online until the browser says it went offline: `navigator.onLine` at start is false on a machine whose only
      // network is loopback (a self-hosted box, CI), where the workspace's own server is reachable all the same.
      online: true,
      serverReadOnly: false,
      sizeLimitBytes: null,
      refused: null,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  private update(patch: Partial<WorkspaceSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Who edits here, on every document's awareness. */
  setUser(user: WorkspaceUser) {
    this.user = user;
    for (const provider of Object.values(this.snapshot.providers ?? {})) provider.awareness?.setLocalStateField('user', user);
  }

  start() {
    if (this.stopLive) return;
    const socket = new HocuspocusProviderWebsocket({ url: collabUrl(window.location.origin) });
    const providers = {} as Record<WorkspaceKind, HocuspocusProvider>;
    const refreshSynced = () => {
      const synced = socket.status === WebSocketStatus.Connected && workspaceKinds.every((kind) => providers[kind]?.isSynced);
      if (synced !== this.snapshot.synced) this.update({ synced, wasSynced: this.snapshot.wasSynced || synced });
    };
    for (const kind of workspaceKinds) {
      providers[kind] = new HocuspocusProvider({
        websocketProvider: socket,
        name: documentName(this.bookingId, kind),
        document: this.docs[kind],
        // The session cookie authenticates; the token carries nothing secret.
        token: 'cookie',
        onSynced: refreshSynced,
        onAuthenticated: ({ scope }) => {
          if (scope === 'readonly' && !this.snapshot.serverReadOnly) this.update({ serverReadOnly: true });
        },
        onAuthenticationFailed: ({ reason }) => this.update({ refused: refusalReason(reason) }),
        onStateless: ({ payload }) => {
          const limitBytes = sizeLimitOf(payload);
          if (limitBytes !== null) this.update({ sizeLimitBytes: limitBytes });
        },
      });
      if (this.user) providers[kind].awareness?.setLocalStateField('user', this.user);
      providers[kind].attach();
    }
    socket.on('status', refreshSynced);
    const offline = () => {
      this.update({ online: false });
      socket.disconnect();
    };
    const online = () => {
      this.update({ online: true });
      void socket.connect();
    };
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    this.stopLive = () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      for (const kind of workspaceKinds) providers[kind].destroy();
      socket.destroy();
    };
    this.update({ providers, synced: false });
  }

  stop() {
    this.stopLive?.();
    this.stopLive = null;
    this.update({ providers: null, synced: false });
  }
}
