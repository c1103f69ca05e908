import { describe, expect, it } from 'vitest';
import { landingAfterSignIn } from './landing';

describe('where signing in leads', () => {
  it('takes an expert to their dashboard, and anyone else to their account', () => {
    expect(landingAfterSignIn(null, ['USER', 'EXPERT'])).toBe('/dashboard');
    expect(landingAfterSignIn(null, ['USER'])).toBe('/account');
    expect(landingAfterSignIn(null, ['USER', 'ADMIN'])).toBe('/account');
  });

  it('keeps a return path on this site, expert or not', () => {
    expect(landingAfterSignIn('/experts/elodie/guitare?slot=a/b', ['USER', 'EXPERT'])).toBe('/experts/elodie/guitare?slot=a/b');
    expect(landingAfterSignIn('/bookings/1', ['USER'])).toBe('/bookings/1');
  });

  it('ignores a return path to another site', () => {
    expect(landingAfterSignIn('//evil.example/x', ['USER', 'EXPERT'])).toBe('/dashboard');
    expect(landingAfterSignIn('https://evil.example', ['USER'])).toBe('/account');
  });
});
