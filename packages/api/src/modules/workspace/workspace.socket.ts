/**
 * The collaboration endpoint: Hocuspocus on the API's own HTTP server at `/collab` (the platform routes the WebSocket
 * upgrade here after its host and origin checks). A connection is authenticated per document in `onAuthenticate`
 * from the session cookie sent with the upgrade (the provider's token carries nothing): the one access rule
 * (`workspaceAccess`) grants editing, grants reading (`readOnly`, told to the provider in its authentication
 * result), or refuses with a reason the provider's `onAuthenticationFailed` receives (`forbidden`, `not-found`,
 * `ended-long-ago`). Persistence and the relay between instances are extensions of their own.
 */
import type { IncomingMessage } from 'node:http';
import { Hocuspocus, type onAuthenticatePayload } from '@hocuspocus/server';
import type { WebSocket } from 'ws';
import type { Context, Viewer } from '../../platform/context';
import { documentSizeLimitBytes, parseDocumentName } from './workspace.policy';
import { createUpdateLog, persistenceExtension, type EditingContext } from './workspace.persistence';
import { createRelay } from './workspace.relay';
import { accessToDocument } from './workspace.service';

export const collabPath = '/collab';

export interface CollabDeps {
  /** A context with no viewer, for the endpoint's own work. */
  system(): Context;
  /** The viewer behind a Cookie header, or null. */
  viewerOf(cookieHeader: string | undefined): Promise<Viewer | null>;
}

interface SocketContext extends EditingContext {
  cookie: string | undefined;
  userId?: string;
}

export interface CollabEndpoint {
  path: string;
  maxPayloadBytes: number;
  onConnection(socket: WebSocket, request: IncomingMessage): void;
  hocuspocus: Hocuspocus<SocketContext>;
  /** Stores every open document, closes the connections and stops listening to other instances. */
  close(): Promise<void>;
}

export function createCollabEndpoint(deps: CollabDeps): CollabEndpoint {
  const relay = createRelay(deps.system);
  const log = createUpdateLog(deps.system, relay.announce);
  const persistence = persistenceExtension(deps.system, log);
  const hocuspocus = new Hocuspocus<SocketContext>({
    quiet: true,
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions: [persistence.extension, relay.extension],
    async onAuthenticate({ context, documentName, connectionConfig }: onAuthenticatePayload<SocketContext>) {
      const viewer = await deps.viewerOf(context.cookie);
      const { access, editableUntil } = await accessToDocument({ ...deps.system(), viewer }, documentName);
      if ('refused' in access) throw { reason: access.refused };
      connectionConfig.readOnly = access.granted === 'read';
      return { userId: viewer!.userId, editableUntil: editableUntil?.getTime() };
    },
  });
  relay.start(hocuspocus);

  return {
    path: collabPath,
    // A whole document (5 MB) may arrive in one message when a client syncs what it edited offline.
    maxPayloadBytes: documentSizeLimitBytes + 1024 * 1024,
    hocuspocus,
    onConnection(socket, request) {
      const url = `http://localhost${request.url ?? collabPath}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (typeof value === 'string') headers.set(name, value);
      }
      const client = hocuspocus.handleConnection(socket, new Request(url, { headers }), { cookie: request.headers.cookie });
      socket.on('message', (data: Buffer) => client.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
      socket.on('close', (code, reason) => client.handleClose({ code, reason: reason.toString() }));
    },
    async close() {
      await relay.stop();
      const open = [...hocuspocus.documents.values()];
      hocuspocus.closeConnections();
      // Every acknowledged update is already in the log: this only saves the next start from merging it.
      await Promise.all(
        open.map((document) =>
          persistence
            .store(document, parseDocumentName(document.name)!)
            .catch((error: unknown) =>
              deps.system().logger.warn({ err: error, document: document.name }, 'a workspace document was not compacted at shutdown'),
            ),
        ),
      );
    },
  };
}
