import { canReadCredentials } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { fileStorage } from "@/lib/server/storage/file-storage";
import { isRecordId } from "@/lib/validation/record-id";
import { fileAnswer, storedFileAnswer, unlessUnavailable } from "@/app/api/files/responses";

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
    return storedFileAnswer(file, doc, {
      disposition: "inline",
      contentSecurityPolicy: "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      framedBySelfOnly: true,
    });
  });
}
