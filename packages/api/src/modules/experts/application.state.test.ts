import { describe, expect, it } from 'vitest';
import { applicationTransitions, canTransition } from './application.state';

describe('application lifecycle', () => {
  it('goes DRAFT → SUBMITTED → APPROVED | REJECTED | CHANGES_REQUESTED, and back to review after changes', () => {
    expect(canTransition('DRAFT', 'SUBMITTED')).toBe(true);
    for (const decision of ['APPROVED', 'REJECTED', 'CHANGES_REQUESTED'] as const) expect(canTransition('SUBMITTED', decision)).toBe(true);
    expect(canTransition('CHANGES_REQUESTED', 'SUBMITTED')).toBe(true);
    expect(canTransition('SUBMITTED', 'DRAFT')).toBe(true);
  });

  it('never decides a draft, and never reopens a decided application', () => {
    expect(canTransition('DRAFT', 'APPROVED')).toBe(false);
    expect(canTransition('CHANGES_REQUESTED', 'APPROVED')).toBe(false);
    expect(applicationTransitions.APPROVED).toEqual([]);
    expect(applicationTransitions.REJECTED).toEqual([]);
  });
});
