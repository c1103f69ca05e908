/**
 * Session recordings in an S3-compatible bucket (AWS S3, MinIO, Garage, Ceph, R2...), through the official SDK.
 * Each chunk is its own object, `<prefix><recording id>/<index>`: browsers upload chunks far smaller than S3's 5 MiB
 * multipart minimum, and objects per chunk keep every instance stateless. Reading lists the chunks with their sizes
 * and streams the ones that cover the requested byte range, in order.
 */
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import type { S3StorageOptions } from '../../platform/config';
import type { RecordingStorage } from './recording-storage';

const chunkKey = (index: number) => String(index).padStart(6, '0');

export class S3RecordingStorage implements RecordingStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
    });
  }

  private folder = (id: string) => `${this.options.prefix}${id}/`;

  private async chunks(id: string): Promise<{ key: string; size: number }[]> {
    const found: { key: string; size: number }[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.options.bucket, Prefix: this.folder(id), ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) found.push({ key: object.Key!, size: object.Size ?? 0 });
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found.sort((a, b) => a.key.localeCompare(b.key));
  }

  private async deleteKeys(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000).map((Key) => ({ Key }));
      await this.client.send(new DeleteObjectsCommand({ Bucket: this.options.bucket, Delete: { Objects: batch, Quiet: true } }));
    }
  }

  async append(id: string, index: number, bytes: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.folder(id) + chunkKey(index), Body: bytes }));
  }

  /** The chunks already are the recording; only strays past the last counted chunk go. */
  async seal(id: string, chunkCount: number): Promise<void> {
    const strays = (await this.chunks(id)).filter((chunk) => chunk.key >= this.folder(id) + chunkKey(chunkCount));
    if (strays.length) await this.deleteKeys(strays.map((chunk) => chunk.key));
  }

  async read(id: string, range?: { start: number; end: number }): Promise<Readable> {
    const chunks = await this.chunks(id);
    if (!chunks.length) throw Object.assign(new Error(`no recording ${id}`), { code: 'ENOENT' });
    const total = chunks.reduce((sum, chunk) => sum + chunk.size, 0);
    const { start, end } = range ?? { start: 0, end: total - 1 };
    const parts: { key: string; from: number; to: number }[] = [];
    let offset = 0;
    for (const chunk of chunks) {
      const first = Math.max(start, offset);
      const last = Math.min(end, offset + chunk.size - 1);
      if (first <= last) parts.push({ key: chunk.key, from: first - offset, to: last - offset });
      offset += chunk.size;
    }
    const { client, options } = this;
    return Readable.from(
      (async function* () {
        for (const part of parts) {
          const object = await client.send(
            new GetObjectCommand({ Bucket: options.bucket, Key: part.key, Range: `bytes=${part.from}-${part.to}` }),
          );
          yield* object.Body as Readable;
        }
      })(),
    );
  }

  async remove(id: string): Promise<void> {
    await this.deleteKeys((await this.chunks(id)).map((chunk) => chunk.key));
  }
}
