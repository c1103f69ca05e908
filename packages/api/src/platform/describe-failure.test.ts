import { describe, expect, it } from 'vitest';
import { describeFailure } from './describe-failure';

/** What `npm start` prints after "Skillcall could not start:", whatever was thrown. */
describe('describeFailure', () => {
  it('never says "undefined" for a rejection without a reason', () => {
    expect(describeFailure(undefined)).toBe('an unexplained failure (nothing was reported)');
  });

  it("spells out Node's AggregateError, whose own message is empty, from its parts", () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const error = new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')]);
    expect(describeFailure(error)).toBe('connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432');
  });

  it('adds an error code the message does not carry, and never the stack', () => {
    const error = Object.assign(new Error('password authentication failed for user "skillcall"'), { code: '28P01' });
    expect(describeFailure(error)).toBe('password authentication failed for user "skillcall" (28P01)');
    expect(describeFailure(error)).not.toMatch(/\n\s+at /);
  });

  it('names an error that has only a code', () => {
    expect(describeFailure(Object.assign(new Error(''), { code: 'EACCES' }))).toBe('EACCES');
  });
});
