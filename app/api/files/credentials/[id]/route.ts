import { cleanFileName, kindOfContentType } from "@/lib/domain/credential-file";
import { canReadCredentials } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { fileStorage } from "@/lib/server/storage/file-storage";
import { isRecordId } from "@/lib/validation/record-id";
import { fileAnswer, unlessUnavailable } from "@/app/api/files/responses";

// A credential document, streamed to the coach it belongs to, HR reviewers and programme admins.
// Shown inline (the browser's PDF or image viewer, also inside the HR review page), never cached.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return unlessUnavailable(request, async () => {
    const user = await getCurrentUser();
    if (!user) return fileAnswer(request, "signIn");
    if (!isRecordId(id)) return fileAnswer(request, "notFound");
    const doc = await db().credentialDocument.findUnique({
      where: { id },
      select: { storageKey: true, fileName: true, contentType: true, coachProfile: { select: { userId: true } } },
    });
    // Someone who may not read it learns nothing, not even that it exists.
    if (!doc || !canReadCredentials(user, doc.coachProfile.userId)) return fileAnswer(request, "notFound");
    const file = await fileStorage().open(doc.storageKey);
    if (!file) return fileAnswer(request, "notFound");
    // Names stored before uploads were cleaned get the same treatment on the way out.
    const kind = kindOfContentType(doc.contentType);
    const name = kind ? cleanFileName(doc.fileName, kind) : "document";
    const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(file.stream, {
      headers: {
        "Content-Type": doc.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy":
          "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
        "X-Frame-Options": "SAMEORIGIN",
        "Referrer-Policy": "no-referrer",
      },
    });
  });
}
