import { describe, expect, it } from 'vitest';
import { parseDocumentName, workspaceAccess, type BookingFacts, type WorkspaceAccess } from './workspace.policy';

const now = new Date('2048-03-10T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);
const user = 'user-1';
const expert = 'expert-1';
const booking = (facts: Partial<BookingFacts> = {}): BookingFacts => ({
  status: 'CONFIRMED',
  endsAt: days(2),
  userId: user,
  expertUserId: expert,
  ...facts,
});
const id = '0b7e8a52-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

const cases: [string, string | null, string, BookingFacts | null, WorkspaceAccess][] = [
  ['the user before the session', user, `booking/${id}/notes`, booking(), { granted: 'edit' }],
  ['the expert before the session', expert, `booking/${id}/code`, booking(), { granted: 'edit' }],
  [
    'a participant during the session',
    user,
    `booking/${id}/board`,
    booking({ status: 'IN_SESSION', endsAt: days(0.01) }),
    { granted: 'edit' },
  ],
  ['another user', 'stranger', `booking/${id}/notes`, booking(), { refused: 'forbidden' }],
  ['an admin who is not a participant', 'admin-1', `booking/${id}/notes`, booking(), { refused: 'forbidden' }],
  ['someone signed out', null, `booking/${id}/notes`, booking(), { refused: 'forbidden' }],
  ['a cancelled booking', user, `booking/${id}/notes`, booking({ status: 'CANCELLED' }), { refused: 'forbidden' }],
  ['a booking waiting for its payment', user, `booking/${id}/notes`, booking({ status: 'PENDING_PAYMENT' }), { refused: 'forbidden' }],
  ['an expired booking', expert, `booking/${id}/notes`, booking({ status: 'EXPIRED' }), { refused: 'forbidden' }],
  [
    'a completed booking ended 3 days ago',
    user,
    `booking/${id}/notes`,
    booking({ status: 'COMPLETED', endsAt: days(-3) }),
    { granted: 'read' },
  ],
  ['a confirmed booking past its end', expert, `booking/${id}/code`, booking({ endsAt: days(-1) }), { granted: 'read' }],
  ['a no-show ended 29 days ago', user, `booking/${id}/notes`, booking({ status: 'NO_SHOW', endsAt: days(-29) }), { granted: 'read' }],
  [
    'a booking ended 31 days ago',
    user,
    `booking/${id}/notes`,
    booking({ status: 'COMPLETED', endsAt: days(-31) }),
    { refused: 'ended-long-ago' },
  ],
  ['a forged kind', user, `booking/${id}/secrets`, booking(), { refused: 'not-found' }],
  ['a forged prefix', user, `user/${id}/notes`, booking(), { refused: 'not-found' }],
  ['a name that is not a booking id', user, 'booking/../../etc/notes', booking(), { refused: 'not-found' }],
  ['a name whose booking does not exist', user, `booking/${id}/notes`, null, { refused: 'not-found' }],
];

describe('who may open a workspace document, and how', () => {
  it.each(cases)('%s', (_label, viewer, name, facts, expected) => {
    const parsed = parseDocumentName(name);
    expect(workspaceAccess(viewer, parsed ? facts : null, now)).toEqual(expected);
  });
});
