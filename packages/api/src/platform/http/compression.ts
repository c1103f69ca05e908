/**
 * Compression of dynamic answers (HTML pages, GraphQL's JSON, feeds) with the `compression` middleware: brotli when
 * the client takes it (at quality 4, cheap enough per request), else gzip, above 1 KB and for compressible types only.
 * Static files are compressed at build time instead (spa.ts serves those copies and sets Content-Encoding, which this
 * middleware then leaves alone). Media and archives are not compressible types; ranged answers (a recording being
 * sought) are left alone too, since their byte ranges describe the uncompressed file. WebSocket traffic never passes
 * through express.
 */
import compression from 'compression';
import type { RequestHandler } from 'express';

export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req, res) => !res.getHeader('content-range') && compression.filter(req, res),
  });
}
