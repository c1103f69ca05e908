/**
 * A participant's editor as the SPA opens it: `@hocuspocus/provider` on `/collab`, over the `ws` package, with the
 * session cookie on the upgrade (a browser sends it by itself).
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface CollabClient {
  provider: HocuspocusProvider;
  doc: Y.Doc;
  /** Resolves with the scope granted, or rejects with the refusal's reason. */
  authenticated: Promise<'read-write' | 'readonly'>;
  /** Stateless messages received (JSON strings). */
  stateless: string[];
  /** Resolves once the document has its first sync with the server. */
  synced(): Promise<void>;
  /** Resolves once every local change was acknowledged by the server. */
  acknowledged(): Promise<void>;
  close(): void;
}

export function collabUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/collab`;
}

export function openDocument(baseUrl: string, name: string, cookieHeader = ''): CollabClient {
  class CookieWebSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: cookieHeader ? { cookie: cookieHeader } : {} });
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: collabUrl(baseUrl), WebSocketPolyfill: CookieWebSocket });
  const doc = new Y.Doc();
  const stateless: string[] = [];
  let settle!: { resolve(scope: 'read-write' | 'readonly'): void; reject(error: Error): void };
  const authenticated = new Promise<'read-write' | 'readonly'>((resolve, reject) => (settle = { resolve, reject }));
  authenticated.catch(() => {});
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token: '',
    onAuthenticated: ({ scope }) => settle.resolve(scope),
    onAuthenticationFailed: ({ reason }) => settle.reject(new Error(reason)),
    onStateless: ({ payload }) => stateless.push(payload),
  });
  provider.attach();
  return {
    provider,
    doc,
    authenticated,
    stateless,
    synced: () =>
      new Promise<void>((resolve) => {
        if (provider.isSynced) return resolve();
        provider.on('synced', () => resolve());
      }),
    acknowledged: () =>
      new Promise<void>((resolve) => {
        if (!provider.hasUnsyncedChanges) return resolve();
        const check = ({ number }: { number: number }) => {
          if (number === 0) {
            provider.off('unsyncedChanges', check);
            resolve();
          }
        };
        provider.on('unsyncedChanges', check);
      }),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}
