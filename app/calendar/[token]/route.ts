// A person's calendar feed, at the secret address they subscribe to from Outlook, Google Calendar
// or Apple Calendar (/calendar/<token>.ics): no cookie, no sign-in; the token is the key. An unknown
// or replaced token is "not found", like any other address.
import { FEED_CONTENT_TYPE } from "@/lib/calendar/feed-ics";
import { db } from "@/lib/server/db";
import { loadCalendarFeed } from "@/lib/server/calendar/load-calendar-feed";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const answer = await loadCalendarFeed(db(), token.replace(/\.ics$/i, ""));
  if (answer.kind === "notFound")
    return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (answer.kind === "tooMany")
    return new Response("Too many requests", {
      status: 429,
      headers: { "Retry-After": "3600", "Cache-Control": "no-store" },
    });
  return new Response(answer.ics, {
    headers: {
      "Content-Type": FEED_CONTENT_TYPE,
      "Content-Disposition": 'inline; filename="binome.ics"',
      // The person's own data: never kept by a shared cache.
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
