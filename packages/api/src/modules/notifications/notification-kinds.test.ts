import { describe, expect, it } from 'vitest';
import { alwaysOnKinds, canTurnOff, enabledByDefault, kindOfTemplate, optionalKinds } from './notification-kinds';
import { mailTemplates } from './templates';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

describe('notification kinds', () => {
  it('puts every mail template in a kind, so no mail escapes the recipient’s preferences', () => {
    const unmapped = mailTemplates.filter((template) => kindOfTemplate(template) === undefined);
    expect(unmapped, 'add these templates to templateKinds in notification-kinds.ts').toEqual([]);
  });

  it('never lets security, billing or account mail be turned off, and leaves product news off until asked for', () => {
    for (const template of [
      'passwordReset',
      'passwordChanged',
      'paymentReceipt',
      'refundGranted',
      'dataExportReady',
      'welcomeConfirmEmail',
    ] as const) {
      expect(canTurnOff(kindOfTemplate(template)!), template).toBe(false);
    }
    expect(alwaysOnKinds.filter(canTurnOff)).toEqual([]);
    expect(optionalKinds.filter((kind) => !enabledByDefault(kind))).toEqual(['PRODUCT_NEWS']);
  });
});

describe('unsubscribe tokens', () => {
  const secret = 'a-test-secret-that-is-long-enough-1234';
  const userId = '2f1b7a52-8f0e-4c1e-9b7a-0c6f3e2d1a90';

  it('name the account and the kind they were signed for, in characters safe in a URL path', () => {
    const token = signUnsubscribeToken(secret, userId, 'REMINDERS');
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId, kind: 'REMINDERS' });
  });

  it('cannot be forged: another secret, another kind or account, or any altered character is refused', () => {
    const token = signUnsubscribeToken(secret, userId, 'REMINDERS');
    const [payload, mac] = token.split('.') as [string, string];
    expect(verifyUnsubscribeToken('another-secret-that-is-long-enough-123', token)).toBeNull();
    // The reminders' signature on a payload naming another kind, or another account.
    const otherKind = Buffer.from(`${userId}:BOOKING_CHANGES`).toString('base64url');
    expect(verifyUnsubscribeToken(secret, `${otherKind}.${mac}`)).toBeNull();
    const otherUser = Buffer.from(`${userId.replace('2f1b', '3f1b')}:REMINDERS`).toString('base64url');
    expect(verifyUnsubscribeToken(secret, `${otherUser}.${mac}`)).toBeNull();
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const altered = `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`;
      expect(verifyUnsubscribeToken(secret, altered), `character ${i}`).toBeNull();
    }
    for (const junk of ['', '.', `${payload}.`, payload, `${payload}.${mac}.x`, 'x'.repeat(500)]) {
      expect(verifyUnsubscribeToken(secret, junk)).toBeNull();
    }
  });
});
