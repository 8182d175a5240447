import "server-only";
// Links in e-mails: the app's public address (NEXTAUTH_URL) and the pages e-mails from several
// places point to.
import { env } from "../env";

/** The app's public address followed by `path` ("/engagements"), for links in e-mails. */
export function appUrl(path: string = ""): string {
  return (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "") + path;
}

/** The person's engagements and the requests waiting for them. */
export const engagementsUrl = () => appUrl("/engagements");

/** One engagement: its sessions, for either of its two people. */
export const engagementPageUrl = (engagementId: string) => appUrl(`/engagements/${engagementId}`);
