/**
 * Clicks on a notification: the body shows its page in a Skillcall window (the one showing it, else the last used,
 * else a new one); Accept opens the request's page that accepts it; Decline is answered by the worker, with the
 * SPA's own registered operation, and what the API says back decides whether anything more is shown.
 */
import { IncomingRequest_AnswerDocument } from '@skillcall/schema';
import { describe, expect, it } from 'vitest';
import { clickOutcome, declineOutcome, declineVariables, windowFor } from './notification-click';
import { registeredOperation } from './registered-operation';

const helpNowData = { url: '/help-requests/hr-1', kind: 'HELP_NOW_REQUESTS', helpRequestId: 'hr-1' };

describe('what a click does', () => {
  it('shows the notification’s page for a click on its body', () => {
    expect(clickOutcome(helpNowData, '')).toEqual({ do: 'show', path: '/help-requests/hr-1' });
    expect(clickOutcome({ url: '/bookings/b-7/room', kind: 'REMINDERS' }, '')).toEqual({ do: 'show', path: '/bookings/b-7/room' });
  });

  it('opens the request’s page asking it to accept at once for Accept', () => {
    expect(clickOutcome(helpNowData, 'accept')).toEqual({ do: 'show', path: '/help-requests/hr-1?answer=accept' });
  });

  it('declines from the worker for Decline, keeping the request’s page in case that fails', () => {
    expect(clickOutcome(helpNowData, 'decline')).toEqual({ do: 'decline', helpRequestId: 'hr-1', requestPath: '/help-requests/hr-1' });
  });

  it('escapes an id so it stays one segment of the path', () => {
    expect(clickOutcome({ ...helpNowData, helpRequestId: '../admin' }, 'accept')).toEqual({
      do: 'show',
      path: '/help-requests/..%2Fadmin?answer=accept',
    });
  });

  it('opens the home page for data that is not ours or a link off the site, and ignores actions without a request', () => {
    expect(clickOutcome(undefined, '')).toEqual({ do: 'show', path: '/' });
    expect(clickOutcome({ url: 'https://evil.example/' }, '')).toEqual({ do: 'show', path: '/' });
    expect(clickOutcome({ url: '//evil.example/' }, '')).toEqual({ do: 'show', path: '/' });
    expect(clickOutcome({ url: '/bookings/b-7' }, 'decline')).toEqual({ do: 'show', path: '/bookings/b-7' });
  });
});

describe('the window it shows in', () => {
  const target = new URL('https://skillcall.example/help-requests/hr-1?answer=accept');
  const window = (url: string) => ({ url });

  it('focuses a window already showing the page', () => {
    const showing = window('https://skillcall.example/help-requests/hr-1?answer=accept');
    expect(windowFor([window('https://skillcall.example/bookings'), showing], target)).toEqual({ window: showing, navigate: false });
  });

  it('else navigates the window used last (listed first), and opens one when there is none', () => {
    const last = window('https://skillcall.example/bookings');
    expect(windowFor([last, window('https://skillcall.example/help-requests/hr-1')], target)).toEqual({ window: last, navigate: true });
    expect(windowFor([], target)).toBeNull();
  });

  it('never navigates the dashboard away, which keeps the expert available (and the request in their queue)', () => {
    const dashboard = window('https://skillcall.example/dashboard');
    const other = window('https://skillcall.example/account/notifications');
    expect(windowFor([dashboard, other], target)).toEqual({ window: other, navigate: true });
    expect(windowFor([dashboard], target)).toBeNull();
  });
});

describe('declining from the notification', () => {
  it('sends the SPA’s registered IncomingRequest_answer by its hash, declining the request', () => {
    const body = registeredOperation(IncomingRequest_AnswerDocument, declineVariables('hr-1'));
    expect(body).toEqual({
      operationName: 'IncomingRequest_answer',
      variables: { input: { requestId: 'hr-1', accept: false } },
      extensions: {
        persistedQuery: { version: 1, sha256Hash: (IncomingRequest_AnswerDocument as { __meta__?: { hash: string } }).__meta__!.hash },
      },
    });
    expect(body.extensions.persistedQuery.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reads the API’s answer: declined, too late, signed out, or failed', () => {
    const answer = (__typename: string) => ({ data: { answerHelpRequest: { __typename } } }) as never;
    expect(declineOutcome(answer('HelpRequestSuccess'))).toBe('declined');
    expect(declineOutcome(answer('HelpRequestClosedError'))).toBe('closed');
    expect(declineOutcome({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })).toBe('signedOut');
    expect(declineOutcome({ data: null, errors: [{ extensions: { code: 'FORBIDDEN' } }] })).toBe('signedOut');
    expect(declineOutcome({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] })).toBe('failed');
    expect(declineOutcome({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] })).toBe('failed');
  });
});
