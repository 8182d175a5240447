import { kindOfContentType, cleanFileName } from "@/lib/domain/credential-file";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { findResourceFile } from "@/lib/server/resources/load-resources";
import { fileStorage } from "@/lib/server/storage/file-storage";
import { isRecordId } from "@/lib/validation/record-id";
import { fileAnswer, unlessUnavailable } from "@/app/api/files/responses";

// A resource's uploaded file, downloaded by the participants who see the resource and by programme
// admins; anyone else learns nothing, not even that it exists. Never cached.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return unlessUnavailable(request, async () => {
    const user = await getCurrentUser();
    if (!user) return fileAnswer(request, "signIn");
    if (!isRecordId(id)) return fileAnswer(request, "notFound");
    const found = await findResourceFile(db(), user, id);
    if (!found) return fileAnswer(request, "notFound");
    const file = await fileStorage().open(found.storageKey);
    if (!file) return fileAnswer(request, "notFound");
    const kind = kindOfContentType(found.contentType);
    const name = kind ? cleanFileName(found.fileName, kind) : "document";
    const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(file.stream, {
      headers: {
        "Content-Type": found.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Referrer-Policy": "no-referrer",
      },
    });
  });
}
