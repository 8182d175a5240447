// A mail server for tests (smtp-server, from the npm registry) that accepts every message and writes
// one JSON line per message to `logFile`: { to, subject, messageId, at }. Processes other than the
// one that started it (the specs of npm run test:scale) read that file with readSinkLog().
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type SinkMessage = { to: string[]; subject: string; messageId: string; at: string };
export type SmtpSink = { url: string; stop: () => Promise<void> };

/** A header's value in a raw message (unfolded), or "" when it has none. */
function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : "";
}

export async function startSmtpSink(logFile: string): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const message: SinkMessage = {
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(raw, "Subject"),
          messageId: header(raw, "Message-ID"),
          at: new Date().toISOString(),
        };
        appendFileSync(logFile, JSON.stringify(message) + "\n");
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every message the sink received so far. */
export function readSinkLog(logFile: string): SinkMessage[] {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SinkMessage);
}
