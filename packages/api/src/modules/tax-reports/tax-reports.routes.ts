/**
 * Downloads over plain HTTP, for the browser's cookie session: an expert's statement
 * (`/statements/<2026-11|2026>.csv|pdf`) and the admins' VAT report of a month (`/vat-reports/<2026-11>.csv`).
 */
import type express from 'express';
import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { MissingExchangeRateError } from '../exchange-rates/exchange-rate.service';
import { findRecipient } from '../identity/identity.service';
import type { Locale } from '../identity/identity.policy';
import { statementCsv } from './statement.policy';
import { renderStatement } from './statement.pdf';
import { myStatement } from './statement.service';
import { vatReport } from './vat-report.service';

type Answer = { status: number; text: string } | { file: Buffer | string; filename: string; type: string };

async function answer(contexts: HttpRouteContexts, req: express.Request, res: express.Response, make: (ctx: Context) => Promise<Answer>) {
  const ctx = await contexts.forRequest(req, res);
  res.set('cache-control', 'private, no-store');
  let result: Answer;
  if (!ctx.viewer) result = { status: 401, text: 'Sign in to download this file.' };
  else {
    try {
      result = await make(ctx);
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === 'FORBIDDEN')
        result = { status: 403, text: 'This file is not yours to download.' };
      else if (error instanceof MissingExchangeRateError) result = { status: 409, text: error.message };
      else throw error;
    }
  }
  if ('status' in result) return void res.status(result.status).type('text/plain').send(result.text);
  res.set('content-disposition', `attachment; filename="${result.filename}"`).type(result.type).send(result.file);
}

export function mountTaxReports(app: express.Express, contexts: HttpRouteContexts): void {
  app.get('/statements/:file', (req, res, next) => {
    answer(contexts, req, res, async (ctx) => {
      const match = /^(\d{4}(?:-\d{2})?)\.(csv|pdf)$/.exec(req.params.file);
      const statement = match ? await myStatement(ctx, match[1]!) : null;
      if (!statement) return { status: 404, text: 'No such statement: ask for a month (2026-11) or a year (2026), as .csv or .pdf.' };
      const filename = `skillcall-statement-${statement.period}.${match![2]}`;
      if (match![2] === 'csv') return { file: statementCsv(statement), filename, type: 'text/csv; charset=utf-8' };
      const locale = ((await findRecipient(ctx, ctx.viewer!.userId))?.locale ?? 'en') as Locale;
      return { file: await renderStatement(statement, locale), filename, type: 'application/pdf' };
    }).catch(next);
  });

  app.get('/vat-reports/:file', (req, res, next) => {
    answer(contexts, req, res, async (ctx) => {
      const month = /^(\d{4}-\d{2})\.csv$/.exec(req.params.file)?.[1];
      const report = month ? await vatReport(ctx, month) : null;
      if (!report) return { status: 404, text: 'No such report: ask for a month, as /vat-reports/2026-11.csv.' };
      return { file: report.csv, filename: report.filename, type: 'text/csv; charset=utf-8' };
    }).catch(next);
  });
}
