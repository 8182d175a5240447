// Demo and development only: a file sent with an outbox e-mail (e.g. a calendar invitation), so a
// developer or an e2e test can open it. Elsewhere it does not exist.
import { attachmentsOf } from "@/lib/email/outbox";
import { db } from "@/lib/server/db";
import { outboxPageEnabled } from "@/lib/server/outbox-page";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  if (!outboxPageEnabled()) return new Response("Not found", { status: 404 });
  const { id, index } = await params;
  const email = await db().outboxEmail.findUnique({ where: { id }, select: { attachments: true } });
  const file = email && attachmentsOf(email.attachments)[Number(index)];
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename.replace(/["\\\r\n]/g, "_")}"`,
      "Cache-Control": "no-store",
    },
  });
}
