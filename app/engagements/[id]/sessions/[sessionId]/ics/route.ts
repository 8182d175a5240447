// The calendar file of a session, for one of the engagement's two people, in their language: the
// invitation of an agreed session (the same event as the one e-mailed when the time was agreed), or
// the cancellation of a cancelled one whose time had been agreed.
import { getLocale } from "next-intl/server";
import { invitationContentType } from "@/lib/calendar/session-invitation";
import { isLocale } from "@/lib/i18n/config";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { DomainError } from "@/lib/server/errors";
import { loadSessionIcs } from "@/lib/server/sessions/load-session-ics";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const { id, sessionId } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Not found", { status: 404 });
  const locale = await getLocale();
  try {
    const ics = await loadSessionIcs(db(), user, {
      engagementId: id,
      sessionId,
      locale: isLocale(locale) ? locale : user.preferredLanguage,
    });
    return new Response(ics.content, {
      headers: {
        "Content-Type": invitationContentType(ics.method),
        "Content-Disposition": `attachment; filename="${ics.filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // Anyone but the two people, or a session never agreed: nothing to give.
    if (error instanceof DomainError) return new Response("Not found", { status: 404 });
    throw error;
  }
}
