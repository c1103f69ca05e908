/**
 * `POST /messages/images` (the file as the body, answered `{ id }` or `{ code }` with 400/401/403/413/415) and
 * `GET /messages/images/:id` (private to who may see it). The body is read by express's raw parser, which refuses a
 * declared or streamed size over the limit as soon as it knows, without holding more than the limit. Only `image/*`
 * Content-Types are read: a browser cannot send one cross-site without a CORS preflight, so another site's page cannot
 * upload in a visitor's name; the type itself is then read from the bytes.
 */
import express from 'express';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { maxImageBytes } from './message.policy';
import { storeMessageImage, viewableMessageImage } from './message-images';

const status = { UNSUPPORTED_TYPE: 415, TOO_LARGE: 413, INVALID: 400, EMAIL_NOT_VERIFIED: 403, UNAUTHENTICATED: 401 } as const;
type Code = keyof typeof status;

const refuse = (res: express.Response, code: Code) => void res.status(status[code]).json({ code });

const readBody = express.raw({ type: () => true, limit: maxImageBytes });

export function mountMessageImages(app: express.Express, contexts: HttpRouteContexts): void {
  app.post('/messages/images', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      if (!ctx.viewer) return refuse(res, 'UNAUTHENTICATED');
      if (!/^image\//i.test(req.headers['content-type'] ?? '')) return refuse(res, 'UNSUPPORTED_TYPE');
      const viewer = ctx.viewer;
      readBody(req, res, (error?: unknown) => {
        if (error) return refuse(res, (error as { status?: number }).status === 413 ? 'TOO_LARGE' : 'INVALID');
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (bytes.length === 0) return refuse(res, 'INVALID');
        storeMessageImage({ ...ctx, viewer }, bytes)
          .then((outcome) => ('id' in outcome ? void res.status(201).json(outcome) : refuse(res, outcome.refused)))
          .catch(next);
      });
    } catch (error) {
      next(error);
    }
  });

  app.get('/messages/images/:id', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      const image = await viewableMessageImage(ctx, req.params.id);
      if (!image)
        return void res
          .status(ctx.viewer ? 404 : 401)
          .type('text/plain')
          .send(ctx.viewer ? 'No such image.' : 'Sign in to see this image.');
      res.set('cache-control', 'private, max-age=86400').type(image.contentType);
      image.stream.on('error', next).pipe(res);
    } catch (error) {
      next(error);
    }
  });
}
