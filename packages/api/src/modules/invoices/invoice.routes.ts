/** `/invoices/<id>.pdf`: an issued invoice or credit note, for its buyer, its expert and admins (cookie session). */
import type express from 'express';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { invoicePdf } from './invoice.service';

export function mountInvoices(app: express.Express, contexts: HttpRouteContexts): void {
  app.get('/invoices/:file', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      const id = /^([0-9a-f-]{36})\.pdf$/.exec(req.params.file)?.[1];
      const found = id ? await invoicePdf(ctx, id) : null;
      if (!found) {
        res
          .status(ctx.viewer ? 404 : 401)
          .type('text/plain')
          .send(ctx.viewer ? 'No such invoice.' : 'Sign in to download your invoice.');
        return;
      }
      res
        .set('cache-control', 'private, no-store')
        .set('content-disposition', `attachment; filename="${found.number}.pdf"`)
        .type('application/pdf')
        .send(found.pdf);
    } catch (error) {
      next(error);
    }
  });
}
