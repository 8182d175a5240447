// E2E helpers: sign in by creating a database session and setting next-auth's cookie,
// read the app's database (the e-mail outbox) directly, and look up UI texts in the
// message catalogues so the specs assert what a person reads.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, type BrowserContext } from "@playwright/test";
import pg from "pg";

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function signInAs(context: BrowserContext, baseURL: string, email: string): Promise<string> {
  const [user] = await query<{ id: string }>(`select id from "User" where email = $1`, [email]);
  if (!user) throw new Error(`No user ${email} in the e2e database`);
  const token = randomBytes(32).toString("hex");
  await query(
    `insert into "Session" (id, "sessionToken", "userId", expires) values ($1, $2, $3, now() + interval '1 day')`,
    [`e2e_${token.slice(0, 16)}`, token, user.id],
  );
  await context.addCookies([
    { name: "next-auth.session-token", value: token, url: baseURL, httpOnly: true, sameSite: "Lax" },
  ]);
  return user.id;
}

/** Chooses the interface language for a browser context, as the language switch would. */
export async function useLanguage(context: BrowserContext, baseURL: string, locale: "en" | "fr") {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL, sameSite: "Lax" }]);
}

// --- message catalogues -----------------------------------------------------------------

type Catalogue = { [key: string]: string | Catalogue };
const catalogues: Record<"en" | "fr", Catalogue> = {
  en: JSON.parse(readFileSync(path.join(process.cwd(), "messages", "en.json"), "utf8")),
  fr: JSON.parse(readFileSync(path.join(process.cwd(), "messages", "fr.json"), "utf8")),
};

/**
 * A UI text from messages/<locale>.json, e.g. msg("en", "home.title", { name: "Amina" }).
 * Only simple {placeholders} are filled in (no plurals): enough for the texts the specs check.
 */
export function msg(locale: "en" | "fr", key: string, values: Record<string, string> = {}): string {
  let node: string | Catalogue | undefined = catalogues[locale];
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`No message ${key} in messages/${locale}.json`);
  return node.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

// --- e-mail outbox ----------------------------------------------------------------------

export type OutboxRow = { id: string; to: string; subject: string; text: string; createdAt: Date };

export async function outboxEmailsTo(address: string): Promise<OutboxRow[]> {
  return query<OutboxRow>(
    `select id, "to", subject, text, "createdAt" from "OutboxEmail" where "to" = $1 order by "createdAt" desc`,
    [address],
  );
}

/** The sign-in link in an e-mail's text. */
export function signInLinkIn(text: string): string {
  const link = text.match(/https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/)?.[0];
  if (!link) throw new Error(`No sign-in link in this e-mail:\n${text}`);
  return link;
}

export const test = base;
export { expect } from "@playwright/test";
