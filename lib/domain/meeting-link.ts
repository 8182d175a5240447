// Online-meeting links (Teams, Zoom, Webex or any other): an engagement's default link, and the
// link each session actually uses. Only https addresses count as links: anything else (http,
// javascript:, a phone number, a room) is never turned into something to click.

/** Longer addresses exist (Teams' are about 300 characters), but not this long. */
export const MAX_MEETING_URL = 2000;

/** An absolute https address with a host and no user name or password in it. */
export function isMeetingUrl(value: string): boolean {
  if (value.length > MAX_MEETING_URL || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.hostname.length > 0 && url.username === "" && url.password === "";
}

/**
 * The link a session's people join by, or null: for a video session, its own location when that
 * is a link (the per-session override), else the engagement's default link. In-person and phone
 * sessions have none.
 */
export function effectiveMeetingLink(
  engagementUrl: string | null | undefined,
  session: { mode: "in_person" | "video" | "phone" | null | undefined; location: string | null | undefined },
): string | null {
  if (session.mode !== "video") return null;
  const own = session.location?.trim();
  if (own && isMeetingUrl(own)) return own;
  return engagementUrl && isMeetingUrl(engagementUrl) ? engagementUrl : null;
}

/**
 * Where the calendar event says it is: the link when there is one, else the session's own place
 * (a room, a phone number).
 */
export function eventLocation(link: string | null, location: string | null | undefined): string | null {
  return link ?? (location?.trim() || null);
}
