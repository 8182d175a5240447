import { CONTENT_TYPES, detectKind, maySeeCoachPhoto } from "@/lib/domain/credential-file";
import { isListed } from "@/lib/domain/coach-lifecycle";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { fileStorage, peek } from "@/lib/server/storage/file-storage";
import { isRecordId } from "@/lib/validation/record-id";
import { fileAnswer, unlessUnavailable } from "@/app/api/files/responses";

// A coach's profile photo, for whoever may see the profile (lib/domain/credential-file.ts:
// anyone signed in while it is listed; otherwise the coach, HR and programme admins, and the
// people paired with the coach). Someone else learns nothing, not even that a photo exists. Its
// type is read from its content again, never trusted from anywhere else; never cached.
export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  return unlessUnavailable(request, async () => {
    const user = await getCurrentUser();
    if (!user) return fileAnswer(request, "signIn");
    if (!isRecordId(userId)) return fileAnswer(request, "notFound");
    const profile = await db().matchingProfile.findUnique({
      where: { userId_kind: { userId, kind: "coach" } },
      select: {
        userId: true,
        photoKey: true,
        status: true,
        availability: true,
        user: { select: { disabledAt: true } },
        engagements: { where: { seekerId: user.id }, select: { id: true }, take: 1 },
        missions: { where: { coacheeId: user.id }, select: { id: true }, take: 1 },
      },
    });
    if (!profile?.photoKey) return fileAnswer(request, "notFound");
    const may = maySeeCoachPhoto(user, {
      userId: profile.userId,
      listed: isListed(profile) && !profile.user.disabledAt,
      pairedWithViewer: profile.engagements.length > 0 || profile.missions.length > 0,
    });
    if (!may) return fileAnswer(request, "notFound");
    const file = await fileStorage().open(profile.photoKey);
    if (!file) return fileAnswer(request, "notFound");
    // Streamed: only the first bytes are read here, to recognise the type.
    const { head, stream } = await peek(file.stream, 16);
    const kind = detectKind(head);
    if (kind !== "png" && kind !== "jpeg") {
      await stream.cancel();
      return fileAnswer(request, "notFound");
    }
    return new Response(stream, {
      headers: {
        "Content-Type": CONTENT_TYPES[kind],
        "Content-Length": String(file.size),
        "Content-Disposition": "inline",
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'self'",
        "Referrer-Policy": "no-referrer",
      },
    });
  });
}
