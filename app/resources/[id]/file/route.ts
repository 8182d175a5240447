import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { findResourceFile } from "@/lib/server/resources/load-resources";
import { fileStorage } from "@/lib/server/storage/file-storage";
import { isRecordId } from "@/lib/validation/record-id";
import { fileAnswer, storedFileAnswer, unlessUnavailable } from "@/app/api/files/responses";

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
    return storedFileAnswer(file, found, {
      disposition: "attachment",
      contentSecurityPolicy: "default-src 'none'; sandbox",
    });
  });
}
