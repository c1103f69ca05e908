/**
 * A local stand-in for VIES (unreachable from tests): answers `POST /check-vat-number` with a recorded answer
 * (`modules/tax/vies-answers/*.json`: status, body) and records each request, so tests assert what the client asked
 * and how it reads each kind of answer. `hold()` keeps the next requests unanswered (a VIES that does not reply).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface RecordedAnswer {
  status: number;
  contentType?: string;
  body: unknown;
}

export const recordedAnswer = (name: string): RecordedAnswer =>
  JSON.parse(readFileSync(path.join(__dirname, '../src/modules/tax/vies-answers', `${name}.json`), 'utf8')) as RecordedAnswer;

export class ViesReplay {
  readonly requests: Array<{ method: string; path: string; body: unknown }> = [];
  private answers: RecordedAnswer[] = [];
  private holding = false;
  private held: ServerResponse[] = [];
  private server!: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/taxation_customs/vies/rest-api`;
  }

  /** The next requests get these answers, in order (the last one repeats). */
  answer(...names: string[]): void {
    this.answers = names.map(recordedAnswer);
    this.holding = false;
  }

  hold(): void {
    this.holding = true;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        this.requests.push({ method: req.method!, path: req.url!, body: raw ? JSON.parse(raw) : null });
        if (this.holding) return void this.held.push(res);
        const answer = this.answers.length > 1 ? this.answers.shift()! : this.answers[0];
        if (!answer) return void res.writeHead(500).end();
        const type = answer.contentType ?? 'application/json';
        res
          .writeHead(answer.status, { 'content-type': type })
          .end(type === 'application/json' ? JSON.stringify(answer.body) : String(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
