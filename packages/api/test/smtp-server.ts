/**
 * A real SMTP server in the test process (`smtp-server`, from the nodemailer project), for the suites that deliver
 * mail: it records every message it accepts (the envelope and the raw MIME, parsed with `mailparser`), and can be
 * told to answer a recipient with a scripted reply (421 later, 550 never), or to hold it until the test lets go.
 * STARTTLS is not offered (its certificate would be self-signed); any AUTH is accepted.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

type Scripted = { reply: { code: number; message: string } } | { hold: Promise<void>; held: () => void };

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  port: number;
  /** Messages accepted so far, oldest first (empty when started with `record: false`). */
  received: ReceivedMail[];
  /** How many messages were accepted (counted even without recording). */
  count(): number;
  /** Answers the next RCPT TO for `address` with `code message` (e.g. 421 or 550), once per call. */
  refuseNext(address: string, code: number, message: string): void;
  /** Answers every RCPT TO for `address` with `code message` until `stop()` is called. */
  refuse(address: string, code: number, message: string): { stop: () => void };
  /**
   * Holds the next RCPT TO for `address` unanswered: `held` resolves once the client is waiting for the answer,
   * and `release()` lets the conversation go on.
   */
  holdNext(address: string): { held: Promise<void>; release: () => void };
  /** The accepted messages to `address`. */
  to(address: string): ReceivedMail[];
  close(): Promise<void>;
}

export async function startTestSmtpServer(options: { port?: number; record?: boolean } = {}): Promise<TestSmtpServer> {
  const record = options.record ?? true;
  const received: ReceivedMail[] = [];
  let count = 0;
  const scripts = new Map<string, Scripted[]>();
  const refusals = new Map<string, { code: number; message: string }>();
  const script = (address: string, entry: Scripted) => {
    const key = address.toLowerCase();
    scripts.set(key, [...(scripts.get(key) ?? []), entry]);
  };

  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    size: 25 * 1024 * 1024,
    maxClients: 200,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onRcptTo: (address, _session, callback) => {
      const refusal = refusals.get(address.address.toLowerCase());
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      const entry = scripts.get(address.address.toLowerCase())?.shift();
      if (!entry) return callback();
      if ('reply' in entry) {
        const error = Object.assign(new Error(entry.reply.message), { responseCode: entry.reply.code });
        return callback(error);
      }
      entry.held();
      void entry.hold.then(() => callback());
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        count += 1;
        if (!record) return callback();
        const raw = Buffer.concat(chunks).toString('utf8');
        const envelope = session.envelope;
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              from: envelope.mailFrom ? envelope.mailFrom.address : '',
              to: envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
            });
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    count: () => count,
    refuseNext: (address, code, message) => script(address, { reply: { code, message } }),
    refuse: (address, code, message) => {
      refusals.set(address.toLowerCase(), { code, message });
      return { stop: () => refusals.delete(address.toLowerCase()) };
    },
    holdNext: (address) => {
      let release!: () => void;
      let held!: () => void;
      const hold = new Promise<void>((resolve) => (release = resolve));
      const heldPromise = new Promise<void>((resolve) => (held = resolve));
      script(address, { hold, held });
      return { held: heldPromise, release };
    },
    to: (address) => received.filter((mail) => mail.to.some((to) => to.toLowerCase() === address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
