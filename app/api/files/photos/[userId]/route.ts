import { CONTENT_TYPES, detectKind } from "@/lib/domain/credential-file";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { fileStorage } from "@/lib/server/storage/file-storage";

const notFound = () => new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });

// A coach's profile photo, for any signed-in person (the directory and profile pages show it).
// Its type is read from its content again, never trusted from anywhere else; never cached.
export async function GET(_request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to see this photo.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const profile = await db().matchingProfile.findUnique({
    where: { userId_kind: { userId, kind: "coach" } },
    select: { photoKey: true },
  });
  if (!profile?.photoKey) return notFound();
  const file = await fileStorage().open(profile.photoKey);
  if (!file) return notFound();
  const bytes = new Uint8Array(await new Response(file.stream).arrayBuffer());
  const kind = detectKind(bytes.subarray(0, 16));
  if (kind !== "png" && kind !== "jpeg") return notFound();
  return new Response(bytes, {
    headers: {
      "Content-Type": CONTENT_TYPES[kind],
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": "inline",
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'self'",
      "Referrer-Policy": "no-referrer",
    },
  });
}
