import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { exportPersonalData } from "@/lib/server/privacy/export-personal-data";
import { fileStorage } from "@/lib/server/storage/file-storage";
import { fileAnswer, unlessUnavailable } from "@/app/api/files/responses";

// "Download my data": the signed-in person's own archive, streamed as it is made. There is no
// person id in the URL: whoever is signed in gets their own data and nobody else's; a visitor
// gets 401. Never cached (it holds personal data).
export async function GET(request: Request) {
  return unlessUnavailable(request, async () => {
    const user = await getCurrentUser();
    if (!user) return fileAnswer(request, "signIn");
    const archive = await exportPersonalData(db(), user, fileStorage());
    return new Response(archive.stream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${archive.fileName}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
      },
    });
  });
}
