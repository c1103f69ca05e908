/**
 * A local stand-in for an S3-compatible bucket (path-style), enough for the recording storage: put, ranged get,
 * list with sizes and pages, and batch delete. The official SDK talks to it over HTTP like to MinIO or AWS.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  endpoint: string;
  objects: Map<string, Buffer>;
  requests: { method: string; path: string }[];
  close(): Promise<void>;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>${body}`;

export async function startFakeS3(bucket: string, pageSize = 1000): Promise<FakeS3> {
  const objects = new Map<string, Buffer>();
  const requests: FakeS3['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const body: Buffer[] = [];
    for await (const chunk of req) body.push(chunk as Buffer);
    const url = new URL(req.url!, 'http://s3.local');
    requests.push({ method: req.method!, path: url.pathname + url.search });
    const [, urlBucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (urlBucket !== bucket) return void res.writeHead(404).end(xml('<Error><Code>NoSuchBucket</Code></Error>'));
    if (req.method === 'PUT' && key) {
      objects.set(key, Buffer.concat(body));
      return void res.writeHead(200, { etag: '"fake"' }).end();
    }
    if (req.method === 'GET' && !key && url.searchParams.get('list-type') === '2') {
      const prefix = url.searchParams.get('prefix') ?? '';
      const after = url.searchParams.get('continuation-token') ?? '';
      const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
      const page = keys.slice(0, pageSize);
      const truncated = keys.length > page.length;
      const contents = page.map((k) => `<Contents><Key>${k}</Key><Size>${objects.get(k)!.length}</Size></Contents>`).join('');
      const next = truncated ? `<NextContinuationToken>${page.at(-1)}</NextContinuationToken>` : '';
      return void res
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          xml(
            `<ListBucketResult><Name>${bucket}</Name><Prefix>${prefix}</Prefix><KeyCount>${page.length}</KeyCount><IsTruncated>${truncated}</IsTruncated>${next}${contents}</ListBucketResult>`,
          ),
        );
    }
    if (req.method === 'GET' && key) {
      const object = objects.get(key);
      if (!object) return void res.writeHead(404, { 'content-type': 'application/xml' }).end(xml('<Error><Code>NoSuchKey</Code></Error>'));
      const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
      if (!range) return void res.writeHead(200, { 'content-length': object.length }).end(object);
      const [from, to] = [Number(range[1]), Math.min(Number(range[2]), object.length - 1)];
      return void res
        .writeHead(206, { 'content-range': `bytes ${from}-${to}/${object.length}`, 'content-length': to - from + 1 })
        .end(object.subarray(from, to + 1));
    }
    if (req.method === 'POST' && url.searchParams.has('delete')) {
      for (const [, k] of Buffer.concat(body)
        .toString()
        .matchAll(/<Key>([^<]+)<\/Key>/g))
        objects.delete(k!);
      return void res.writeHead(200, { 'content-type': 'application/xml' }).end(xml('<DeleteResult></DeleteResult>'));
    }
    res.writeHead(400).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
