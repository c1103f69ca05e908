/**
 * The browser's side of signing in with a provider, as plain HTTP routes (redirects cannot be GraphQL):
 * `GET /auth/oidc/:provider/start?next=/path[&intent=link]` sends the browser to the provider with a short-lived
 * HttpOnly cookie naming the attempt kept here; `GET /auth/oidc/:provider/callback` is the redirect URI to register
 * at the provider, and ends on a page of this site (never elsewhere).
 */
import { parse as parseCookies } from 'cookie';
import type express from 'express';
import type { HttpRouteContexts } from '../../../platform/http/server-deps';
import { findProvider, finishProviderSignIn, loginAttemptCookieName, startProviderSignIn, type ProviderStep } from './oidc.service';

function follow(res: express.Response, step: ProviderStep, secure: boolean): void {
  if (step.attemptToken) {
    res.cookie(loginAttemptCookieName, step.attemptToken.token, {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level navigation from its site, which carries Lax cookies.
      sameSite: 'lax',
      secure,
      path: '/auth/oidc',
      maxAge: step.attemptToken.maxAgeSeconds * 1000,
    });
  }
  res.set('cache-control', 'no-store').redirect(303, step.redirectTo);
}

export function mountOidc(app: express.Express, contexts: HttpRouteContexts, secure: boolean): void {
  app.get('/auth/oidc/:provider/start', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      const provider = findProvider(ctx, req.params.provider);
      if (!provider) return void res.status(404).type('text/plain').send('No such sign-in provider.');
      const intent = req.query.intent === 'link' ? 'LINK' : 'SIGN_IN';
      follow(res, await startProviderSignIn(ctx, provider, { intent, next: req.query.next }), secure);
    } catch (error) {
      next(error);
    }
  });

  app.get('/auth/oidc/:provider/callback', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      const provider = findProvider(ctx, req.params.provider);
      if (!provider) return void res.status(404).type('text/plain').send('No such sign-in provider.');
      const callbackUrl = new URL(req.originalUrl, ctx.config.publicUrl);
      const token = req.headers.cookie ? parseCookies(req.headers.cookie)[loginAttemptCookieName] : undefined;
      res.clearCookie(loginAttemptCookieName, { httpOnly: true, sameSite: 'lax', secure, path: '/auth/oidc' });
      follow(res, await finishProviderSignIn(ctx, provider, callbackUrl, token), secure);
    } catch (error) {
      next(error);
    }
  });
}
