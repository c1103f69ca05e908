import { describe, expect, it } from 'vitest';
import { refusalReason, sizeLimitOf } from './workspace-documents';
import { workspaceStatus, type ConnectionFacts } from './workspace-status';

const facts = (patch: Partial<ConnectionFacts> = {}): ConnectionFacts => ({
  synced: true,
  wasSynced: true,
  online: true,
  readOnly: false,
  sizeLimitBytes: null,
  refused: null,
  ...patch,
});

describe('what the workspace panel says', () => {
  it('is connected once synced, connecting before the first sync, reconnecting after losing it or going offline', () => {
    expect(workspaceStatus(facts())).toEqual({ kind: 'connected' });
    expect(workspaceStatus(facts({ synced: false, wasSynced: false }))).toEqual({ kind: 'connecting' });
    expect(workspaceStatus(facts({ synced: false }))).toEqual({ kind: 'reconnecting' });
    expect(workspaceStatus(facts({ online: false }))).toEqual({ kind: 'reconnecting' });
    expect(workspaceStatus(facts({ synced: false, wasSynced: false, online: false }))).toEqual({ kind: 'reconnecting' });
  });

  it('says read-only after the session, the size limit over that, and a refusal over everything', () => {
    expect(workspaceStatus(facts({ readOnly: true, synced: false }))).toEqual({ kind: 'readOnly' });
    expect(workspaceStatus(facts({ readOnly: true, sizeLimitBytes: 5 }))).toEqual({ kind: 'sizeLimit', limitBytes: 5 });
    expect(workspaceStatus(facts({ sizeLimitBytes: 5, refused: 'forbidden' }))).toEqual({ kind: 'refused', reason: 'forbidden' });
  });
});

describe('what the server tells the panel', () => {
  it('reads the size-limit message, and nothing else, as the size limit', () => {
    expect(sizeLimitOf('{"type":"size-limit","limitBytes":5242880}')).toBe(5_242_880);
    expect(sizeLimitOf('{"type":"other"}')).toBeNull();
    expect(sizeLimitOf('not json')).toBeNull();
  });

  it('names a refusal by its reason, an unknown one as forbidden', () => {
    expect(refusalReason('not-found')).toBe('not-found');
    expect(refusalReason('ended-long-ago')).toBe('ended-long-ago');
    expect(refusalReason('permission-denied')).toBe('forbidden');
  });
});
