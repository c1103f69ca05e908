/**
 * What the panel says about its documents, from the facts the connection reports. One rule, in this order: a
 * refusal, then the size limit, then read-only (the session ended), then the connection: reconnecting once it was
 * up (edits meanwhile stay in this page and merge when it is back), connecting before that.
 */
import type { RefusalReason } from './workspace-documents';

export type WorkspaceStatus =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'readOnly' }
  | { kind: 'sizeLimit'; limitBytes: number }
  | { kind: 'refused'; reason: RefusalReason };

export interface ConnectionFacts {
  /** The socket is open and every document answered its first sync. */
  synced: boolean;
  /** It was synced once since the panel opened. */
  wasSynced: boolean;
  /** The browser says it is online. */
  online: boolean;
  /** The booking's session ended, or the server granted read access only. */
  readOnly: boolean;
  sizeLimitBytes: number | null;
  refused: RefusalReason | null;
}

export function workspaceStatus(facts: ConnectionFacts): WorkspaceStatus {
  if (facts.refused) return { kind: 'refused', reason: facts.refused };
  if (facts.sizeLimitBytes !== null) return { kind: 'sizeLimit', limitBytes: facts.sizeLimitBytes };
  if (facts.readOnly) return { kind: 'readOnly' };
  if (facts.synced && facts.online) return { kind: 'connected' };
  return facts.wasSynced || !facts.online ? { kind: 'reconnecting' } : { kind: 'connecting' };
}
