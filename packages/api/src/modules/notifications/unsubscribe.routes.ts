/**
 * One-click unsubscribe (RFC 8058): a mailbox provider POSTs `List-Unsubscribe=One-Click` to the link of the
 * `List-Unsubscribe` header, without cookies; the signed token in the path is the only proof, so no session or CSRF
 * check applies. A forged or altered token answers 400 in the API's error shape. A GET of the same address (a person
 * clicking the link in the mail) is the SPA's page, which turns the kind off with `setNotificationPreferenceWithToken`
 * and offers to undo it.
 */
import express from 'express';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { setEmailPreferenceWithToken } from './preference.service';
import { InvalidUnsubscribeLinkError } from './preference.types';

export function mountUnsubscribe(app: express.Express, contexts: HttpRouteContexts): void {
  // The body (urlencoded, or multipart as RFC 8058 also allows) says only "one click": it is read and not needed.
  app.post('/unsubscribe/:token', express.raw({ type: () => true, limit: '16kb' }), async (req, res, next) => {
    try {
      const outcome = await setEmailPreferenceWithToken(contexts.system(), { token: req.params.token, enabled: false });
      res.set('cache-control', 'no-store');
      if (outcome instanceof InvalidUnsubscribeLinkError) {
        return void res.status(400).json({ errors: [{ message: outcome.message, extensions: { code: outcome.code } }] });
      }
      res.json({ unsubscribed: true, kind: outcome.preference.kind });
    } catch (error) {
      next(error);
    }
  });
}
