/**
 * Mail over SMTP through nodemailer: `smtp://` upgrades with STARTTLS whenever the server offers it, `smtps://` is
 * TLS from the first byte; connections are pooled (`SMTP_MAX_CONNECTIONS`) and reused across messages.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import type { Mailer, MailMessage } from './mailer';

export class SmtpMailer implements Mailer {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter<SMTPPool.SentMessageInfo>;

  constructor(options: { url: string; maxConnections: number }) {
    const url = new URL(options.url);
    this.transport = nodemailer.createTransport({
      pool: true,
      maxConnections: options.maxConnections,
      // Without a limit a pooled connection is recycled every 100 messages.
      maxMessages: Infinity,
      // A pooled connection the server closed meanwhile gets the message once more over a new one; a server that
      // closes that one too (a 421 does) fails the attempt with its reply, and the job queue retries with its back-off.
      maxRequeues: 1,
      host: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
      secure: url.protocol === 'smtps:',
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  }

  async send(message: MailMessage): Promise<{ reply: string }> {
    const info = await this.transport.sendMail({
      messageId: message.messageId,
      date: message.date,
      from: message.from,
      replyTo: message.replyTo,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      attachments: message.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
        encoding: a.encoding === 'base64' ? 'base64' : 'utf8',
      })),
    });
    return { reply: info.response };
  }

  close(): Promise<void> {
    this.transport.close();
    return Promise.resolve();
  }
}
