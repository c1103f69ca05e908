/**
 * The workspace seam shared with the server (`/collab`, Hocuspocus): one booking has three Yjs documents, named
 * `booking/<bookingId>/<kind>`. Their contents:
 * - notes: Tiptap's Collaboration extension's XmlFragment in field `default`;
 * - code: a Y.Array `files` of Y.Map { id, name, language, text: Y.Text } (see `code-files.ts`);
 * - board: what y-excalidraw binds, a Y.Array `elements` of Y.Map { el, pos } and a Y.Map `assets`.
 * The server says a document is read-only through the authentication's scope, refuses with a reason
 * (`forbidden`, `not-found`, `ended-long-ago`), and announces a refused oversized update with the stateless message
 * `{"type":"size-limit","limitBytes":…}`.
 */
export const workspaceKinds = ['notes', 'code', 'board'] as const;
export type WorkspaceKind = (typeof workspaceKinds)[number];

export const notesField = 'default';
export const codeFilesField = 'files';
export const boardElementsField = 'elements';
export const boardAssetsField = 'assets';

export function documentName(bookingId: string, kind: WorkspaceKind): string {
  return `booking/${bookingId}/${kind}`;
}

/** The collaboration endpoint on the page's own origin (same port as GraphQL; the session cookie goes along). */
export function collabUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/collab`;
}

/** Why the server refused a document, as the panel explains it. */
export type RefusalReason = 'forbidden' | 'not-found' | 'ended-long-ago';

export function refusalReason(reason: string): RefusalReason {
  return reason === 'not-found' || reason === 'ended-long-ago' ? reason : 'forbidden';
}

/** The size limit a stateless message announces, or null when the message is something else. */
export function sizeLimitOf(payload: string): number | null {
  try {
    const message = JSON.parse(payload) as { type?: unknown; limitBytes?: unknown };
    if (message.type !== 'size-limit') return null;
    return typeof message.limitBytes === 'number' ? message.limitBytes : 5 * 1024 * 1024;
  } catch {
    return null;
  }
}
