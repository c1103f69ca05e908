/** The export's download over plain HTTP: `GET /data-exports/<id>/download`, for its owner's browser session only. */
import type express from 'express';
import { isSignedIn } from '../../platform/context';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { dataExportDownload } from './data-export.service';

export function mountDataExports(app: express.Express, contexts: HttpRouteContexts): void {
  app.get('/data-exports/:id/download', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      if (!isSignedIn(ctx)) return void res.status(401).type('text/plain').send('Sign in to download your data.');
      const outcome = await dataExportDownload(ctx, req.params.id);
      res.set('cache-control', 'private, no-store');
      if (outcome.kind === 'NOT_FOUND') return void res.status(404).type('text/plain').send('No such export.');
      if (outcome.kind === 'GONE') {
        return void res
          .status(410)
          .type('text/plain')
          .send('This export has expired and its file was deleted. Ask for a new one from your account page.');
      }
      res.set('content-disposition', `attachment; filename="${outcome.filename}"`).type('application/zip').send(outcome.content);
    } catch (error) {
      next(error);
    }
  });
}
