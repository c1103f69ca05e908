import { describe, expect, it } from 'vitest';
import { hasOtherSignInMethod, hasUsablePassword } from './passkey.policy';

describe('the last way to sign in', () => {
  it.each([
    { methods: { password: true, passkeys: 1, providers: 0 }, removing: 'passkey', left: true },
    { methods: { password: false, passkeys: 2, providers: 0 }, removing: 'passkey', left: true },
    { methods: { password: false, passkeys: 1, providers: 1 }, removing: 'passkey', left: true },
    { methods: { password: false, passkeys: 1, providers: 0 }, removing: 'passkey', left: false },
    { methods: { password: false, passkeys: 0, providers: 1 }, removing: 'provider', left: false },
    { methods: { password: false, passkeys: 1, providers: 1 }, removing: 'provider', left: true },
  ] as const)('$methods without one $removing: something left is $left', ({ methods, removing, left }) => {
    expect(hasOtherSignInMethod(methods, removing)).toBe(left);
  });

  it('counts only a real password hash as a password', () => {
    expect(hasUsablePassword('$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA')).toBe(true);
    expect(hasUsablePassword('!deleted')).toBe(false);
    expect(hasUsablePassword(null)).toBe(false);
  });
});
