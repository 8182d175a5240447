// How e-mail leaves Binôme: SMTP when SMTP_URL is set; otherwise a local outbox folder of
// .eml files (readable by a developer, and listed on /dev/outbox in demo and development).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export type OutgoingEmail = { id: string; from: string; to: string; subject: string; text: string; html?: string | null };
export type EmailTransport = { send: (email: OutgoingEmail) => Promise<void> };

export function smtpTransport(url: string): EmailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (e) => {
      await transporter.sendMail({ from: e.from, to: e.to, subject: e.subject, text: e.text, html: e.html ?? undefined });
    },
  };
}

export function folderTransport(dir: string): EmailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: async (e) => {
      const info = await transporter.sendMail({ from: e.from, to: e.to, subject: e.subject, text: e.text, html: e.html ?? undefined });
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${e.id}.eml`), info.message as Buffer);
    },
  };
}

export function transportFromSettings(settings: { SMTP_URL?: string; OUTBOX_DIR: string }): EmailTransport {
  return settings.SMTP_URL ? smtpTransport(settings.SMTP_URL) : folderTransport(path.resolve(settings.OUTBOX_DIR));
}
