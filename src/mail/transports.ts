// How an outbox message leaves the building: as an .eml file in <data>/outbox/ (the default, read
// by the coordinator in the UI) or through SMTP (SMTP_URL). Both are idempotent per message id:
// the file is named after the id (a re-delivery overwrites it), and the SMTP Message-ID is derived
// from it so receivers can recognise a repeat after a crash.
import { mkdirSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { OutboxMessage } from '../domain/outbox.ts';

export interface MailTransport {
  readonly kind: 'file' | 'smtp';
  send(message: OutboxMessage): Promise<void>;
  close(): void;
}

function mailOptions(message: OutboxMessage, from: string, domain: string) {
  return {
    from,
    to: message.toAddress,
    subject: message.subject,
    text: message.bodyText,
    messageId: `<${message.id}@${domain}>`,
    date: new Date(message.createdAt),
    headers: { 'X-Samskab-Kind': message.kind, 'Auto-Submitted': 'auto-generated' },
    attachments: message.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}

const domainOf = (from: string) => /@([^>\s]+)/.exec(from)?.[1] ?? 'samskab.local';

/** Only [A-Za-z0-9-] ids become file names. */
export function emlFileName(id: string): string {
  if (!/^[A-Za-z0-9-]+$/.test(id)) throw new Error(`Unsafe outbox id ${id}`);
  return `${id}.eml`;
}

export function fileTransport(dir: string, from: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  mkdirSync(dir, { recursive: true });
  return {
    kind: 'file',
    async send(message) {
      const info = await composer.sendMail(mailOptions(message, from, domainOf(from)));
      const target = join(dir, emlFileName(message.id));
      // Several messages are written at once: each has its own temporary name.
      const temp = `${target}.${process.pid}.tmp`;
      await writeFile(temp, info.message as Buffer);
      await rename(temp, target);
    },
    close: () => composer.close(),
  };
}

/** `socketTimeoutMs`: how long a silent server is waited for (30 s); shorter in tests of a stalling server. */
export function smtpTransport(url: string, from: string, socketTimeoutMs = 30_000): MailTransport {
  const transport = nodemailer.createTransport(url, {
    connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: socketTimeoutMs,
  } as never);
  return {
    kind: 'smtp',
    async send(message) {
      await transport.sendMail(mailOptions(message, from, domainOf(from)));
    },
    close: () => transport.close(),
  };
}
