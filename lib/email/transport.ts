// How e-mail leaves Binôme: SMTP when SMTP_URL is set; otherwise a local outbox folder of
// .eml files (readable by a developer, and listed on /dev/outbox in demo and development).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import type { EmailAttachment } from "./outbox";

/**
 * nodemailer, loaded when the first e-mail is sent or written, not when the server starts: the
 * outbox worker starts with the server, and most of a server's life sends no e-mail.
 */
const loadNodemailer = () => import("nodemailer").then((m) => m.default);

export type OutgoingEmail = {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: EmailAttachment[];
};
export type EmailTransport = { send: (email: OutgoingEmail) => Promise<void> };

/** A calendar invitation travels twice: as an .ics attachment and as a text/calendar part with its METHOD (what Outlook and Gmail read). */
const isInvitation = (a: EmailAttachment) =>
  /^text\/calendar\b/i.test(a.contentType) && /\bmethod=/i.test(a.contentType);

/**
 * The Message-ID of an outbox e-mail: made from its outbox id and the sender's domain, so that every
 * attempt to deliver one e-mail carries the same id and a mail server or client that sees it twice
 * (a retry after a lost answer) can tell it is one message.
 */
export function messageIdOf(e: Pick<OutgoingEmail, "id" | "from">): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(e.from)?.[1] ?? "binome.invalid";
  return `<${e.id}@${domain}>`;
}

/** The nodemailer message of an outgoing e-mail, attachments included. */
export function mailOptions(e: OutgoingEmail): Mail.Options {
  const attachments = e.attachments ?? [];
  const invitation = attachments.find(isInvitation);
  return {
    messageId: messageIdOf(e),
    from: e.from,
    to: e.to,
    subject: e.subject,
    text: e.text,
    html: e.html ?? undefined,
    ...(invitation ? { alternatives: [{ contentType: invitation.contentType, content: invitation.content }] } : {}),
    ...(attachments.length
      ? {
          attachments: attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: a.content,
          })),
        }
      : {}),
  };
}

/**
 * How long one conversation with the mail server may wait at each step (milliseconds): nodemailer's
 * defaults (2 minutes to connect, 10 minutes of silence) would let one stuck server hold a message
 * past its lease in the outbox. Each wait here is well inside the lease (lib/email/outbox.ts), which
 * is renewed while the conversation lasts anyway.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

export function smtpTransport(url: string, timeouts: Partial<typeof SMTP_TIMEOUTS> = {}): EmailTransport {
  // Made at the first e-mail sent, then kept.
  let transporter: Transporter | undefined;
  return {
    send: async (e) => {
      if (!transporter) {
        const [nodemailer, { parseConnectionUrl }] = await Promise.all([
          loadNodemailer(),
          import("nodemailer/lib/shared"),
        ]);
        // nodemailer ignores every other option when given a `url`: the URL is parsed into options
        // first (its query may still set a timeout of its own).
        transporter = nodemailer.createTransport({ ...SMTP_TIMEOUTS, ...parseConnectionUrl(url), ...timeouts });
      }
      await transporter.sendMail(mailOptions(e));
    },
  };
}

/** The whole message as an .eml file (attachments included), as a mail server would receive it. */
export async function renderEml(e: OutgoingEmail): Promise<Buffer> {
  const nodemailer = await loadNodemailer();
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transporter.sendMail(mailOptions(e));
  return info.message as Buffer;
}

export function folderTransport(dir: string): EmailTransport {
  return {
    send: async (e) => {
      const message = await renderEml(e);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${e.id}.eml`), message);
    },
  };
}

export function transportFromSettings(settings: { SMTP_URL?: string; OUTBOX_DIR: string }): EmailTransport {
  return settings.SMTP_URL ? smtpTransport(settings.SMTP_URL) : folderTransport(path.resolve(settings.OUTBOX_DIR));
}
