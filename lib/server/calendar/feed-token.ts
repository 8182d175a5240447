import "server-only";
// The secret of a calendar feed address: 256 random bits, written in the address in base64url.
// Only its SHA-256 is stored (User.calendarFeedTokenHash), so the database alone cannot give
// anyone an address; a feed is found by the hash of the token it is asked with (a unique index),
// so no stored secret is ever compared byte by byte with what a caller sent.
import { createHash, randomBytes } from "node:crypto";
import { appUrl } from "../app-url";

const TOKEN_BYTES = 32;
/** What a token looks like: 43 base64url characters. Anything else is refused before any query. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, hash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The feed's addresses: https for Google Calendar and Outlook on the web, webcal for desktop apps. */
export function feedAddresses(token: string): { https: string; webcal: string } {
  const https = appUrl(`/calendar/${token}.ics`);
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}
