import { describe, expect, it } from 'vitest';
import { findOwnLinks, medianMinutes, writeRefusal, type WriteFacts } from './message.policy';

const user: WriteFacts = {
  side: 'USER',
  self: false,
  verified: true,
  expertActive: true,
  conversationExists: false,
  blocked: false,
  bookedBefore: false,
};

describe('who may write', () => {
  it.each<[string, Partial<WriteFacts>, ReturnType<typeof writeRefusal>]>([
    ['a verified user, first', {}, null],
    ['an unverified user', { verified: false }, 'UNVERIFIED'],
    ['someone outside the conversation', { side: null }, 'NOT_FOUND'],
    ['an expert to themselves', { side: 'EXPERT', self: true }, 'OWN_PROFILE'],
    ['anyone to a suspended expert', { expertActive: false }, 'EXPERT_UNAVAILABLE'],
    ['a user in a blocked conversation', { conversationExists: true, blocked: true }, 'BLOCKED'],
    ['an expert first, without history', { side: 'EXPERT' }, 'EXPERT_FIRST_CONTACT'],
    ['an expert first, to a past client', { side: 'EXPERT', bookedBefore: true }, null],
    ['an expert replying in a conversation', { side: 'EXPERT', conversationExists: true }, null],
  ])('%s', (_, facts, expected) => {
    expect(writeRefusal({ ...user, ...facts })).toBe(expected);
  });
});

describe('typical reply time', () => {
  it('is the median in minutes, hidden under the threshold', () => {
    expect(medianMinutes([60_000, 120_000, 3_600_000, 600_000], 5)).toBeNull();
    expect(medianMinutes([60_000, 120_000, 3_600_000, 600_000, 300_000], 5)).toBe(5);
    expect(medianMinutes([60_000, 120_000, 180_000, 240_000, 300_000, 360_000], 5)).toBe(4);
  });
});

describe('links to Skillcall pages', () => {
  it('finds offering links on the site’s own address only, with a slot when given', () => {
    const text =
      'See https://skillcall.example/experts/ana-lopez/rhodes-repair?slot=2048-03-03T09:00:00.000Z or https://evil.example/experts/a/b';
    expect(findOwnLinks(text, 'https://skillcall.example')).toEqual([
      {
        url: 'https://skillcall.example/experts/ana-lopez/rhodes-repair?slot=2048-03-03T09:00:00.000Z',
        expertSlug: 'ana-lopez',
        offeringSlug: 'rhodes-repair',
        slotStartsAt: new Date('2048-03-03T09:00:00.000Z'),
      },
    ]);
  });
});
