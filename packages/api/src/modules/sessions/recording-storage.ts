/**
 * Where session recordings live. The port takes numbered chunks as the recording browser uploads them, seals them
 * into one playable file when the recording ends, reads it back (with byte ranges, for seeking) and removes it.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

export interface RecordingStorage {
  /** Stores chunk `index` (from 0); storing the same chunk again replaces it. */
  append(recordingId: string, index: number, bytes: Buffer): Promise<void>;
  /** Joins the first `chunkCount` chunks, in order, into the recording. */
  seal(recordingId: string, chunkCount: number): Promise<void>;
  /** The sealed recording, or the inclusive byte range of it. */
  read(recordingId: string, range?: { start: number; end: number }): Promise<Readable>;
  remove(recordingId: string): Promise<void>;
}

/**
 * Local disk, under `DATA_DIR/recordings`: chunks in `<id>.parts/`, the sealed recording in `<id>.media`.
 * One machine's disk: instances that share no disk must use shared storage (a mounted volume).
 */
export class LocalRecordingStorage implements RecordingStorage {
  constructor(private readonly root: string) {}

  private parts = (id: string) => path.join(this.root, `${id}.parts`);
  private media = (id: string) => path.join(this.root, `${id}.media`);

  async append(id: string, index: number, bytes: Buffer): Promise<void> {
    await mkdir(this.parts(id), { recursive: true });
    await writeFile(path.join(this.parts(id), String(index).padStart(6, '0')), bytes);
  }

  async seal(id: string, chunkCount: number): Promise<void> {
    await mkdir(this.root, { recursive: true });
    const names = chunkCount > 0 ? (await readdir(this.parts(id))).sort().slice(0, chunkCount) : [];
    const out = createWriteStream(this.media(id));
    await pipeline(
      async function* (parts: string) {
        for (const name of names) yield* createReadStream(path.join(parts, name));
      }.bind(null, this.parts(id)),
      out,
    );
    await rm(this.parts(id), { recursive: true, force: true });
  }

  async read(id: string, range?: { start: number; end: number }): Promise<Readable> {
    await stat(this.media(id));
    return createReadStream(this.media(id), range);
  }

  async remove(id: string): Promise<void> {
    await rm(this.parts(id), { recursive: true, force: true });
    await rm(this.media(id), { force: true });
  }
}
