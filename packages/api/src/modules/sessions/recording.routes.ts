/**
 * Recordings over plain HTTP (media does not belong in GraphQL): the recording browser PUTs numbered chunks, and
 * both participants play the sealed file, with byte ranges so the player can seek. Signed-in participants only.
 */
import express from 'express';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import type { Config } from '../../platform/config';
import { playableRecording, storeChunk, type ChunkOutcome } from './recording.service';

const chunkStatus: Record<ChunkOutcome, { status: number; message: string }> = {
  STORED: { status: 204, message: '' },
  NOT_FOUND: { status: 404, message: 'No such recording under way for you.' },
  NOT_RECORDING: { status: 409, message: 'This recording has stopped: consent was withdrawn or the session ended.' },
  OUT_OF_ORDER: { status: 409, message: 'Chunks must arrive in order, from 0.' },
};

export function mountRecordings(app: express.Express, contexts: HttpRouteContexts, config: Pick<Config, 'recordings'>): void {
  app.put(
    '/session-recordings/:id/chunks/:index',
    express.raw({ type: () => true, limit: config.recordings.maxChunkBytes }),
    async (req, res, next) => {
      try {
        const ctx = await contexts.forRequest(req, res);
        if (!ctx.viewer) return void res.status(401).type('text/plain').send('Sign in to record.');
        const index = /^\d{1,6}$/.test(req.params.index) ? Number(req.params.index) : -1;
        const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (index < 0 || body.length === 0)
          return void res.status(400).type('text/plain').send('Send a non-empty chunk to /chunks/<index>.');
        const outcome = chunkStatus[await storeChunk(ctx, req.params.id, index, body)];
        res.status(outcome.status).type('text/plain').send(outcome.message);
      } catch (error) {
        next(error);
      }
    },
  );

  app.get('/session-recordings/:id', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      const row = await playableRecording(ctx, req.params.id);
      if (!row)
        return void res
          .status(ctx.viewer ? 404 : 401)
          .type('text/plain')
          .send(ctx.viewer ? 'No such recording.' : 'Sign in to play this recording.');
      res.set('cache-control', 'private, no-store').set('accept-ranges', 'bytes').type(row.mimeType.split(';')[0]!);
      const ranges = row.sizeBytes > 0 ? req.range(row.sizeBytes, { combine: true }) : undefined;
      if (ranges === -1) return void res.status(416).set('content-range', `bytes */${row.sizeBytes}`).end();
      const range = Array.isArray(ranges) && ranges.length === 1 ? ranges[0]! : undefined;
      const stream = await ctx.adapters.recordings.read(row.id, range);
      if (range)
        res
          .status(206)
          .set('content-range', `bytes ${range.start}-${range.end}/${row.sizeBytes}`)
          .set('content-length', String(range.end - range.start + 1));
      else res.set('content-length', String(row.sizeBytes));
      stream.on('error', next).pipe(res);
    } catch (error) {
      next(error);
    }
  });
}
