// E2E helpers: each spec makes the people, profiles, programmes and engagements it needs with the
// shared factories (`make`, on the app's database), signs in as them by creating a database session
// and setting next-auth's cookie, reads the app's database (the e-mail outbox) directly, and looks
// up UI texts in the message catalogues so the specs assert what a person reads. Only the specs of
// the demo itself (demo-story, demo-sign-in, landing) use the seeded personas; no spec changes them.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { createPrismaClient, type Db } from "../../lib/db/client";
import { factories, type Factories, type PersonOptions } from "../support/factories";

export async function query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Signs a person (or the person with this e-mail) in, in this browser context; returns their id. */
export async function signInAs(
  context: BrowserContext,
  baseURL: string,
  who: string | { email: string },
): Promise<string> {
  const email = typeof who === "string" ? who : who.email;
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

/** A new browser context signed in as `who`, in the given interface language, with its own page. */
export async function signedInPage(
  browser: Browser,
  baseURL: string,
  who: string | { email: string },
  locale: "en" | "fr",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  await signInAs(context, baseURL, who);
  await chooseLanguage(context, baseURL, locale);
  return { context, page: await context.newPage() };
}

/** Chooses the interface language for a browser context, as the language switch would. */
export async function chooseLanguage(context: BrowserContext, baseURL: string, locale: "en" | "fr") {
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

// --- the spec's own data ----------------------------------------------------------------

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/** A person's name that no other spec (or run) uses: "Amina Diallo" → "Amina Diallo Qkvd". */
export function named(name: string): string {
  const tag = [...randomBytes(4)].map((b) => LETTERS[b % 26]).join("");
  return `${name} ${tag[0].toUpperCase()}${tag.slice(1)}`;
}

/** The shared factories on the app's database, and the seeded reference data they point at. */
export type E2eFactories = Factories & {
  /** A staff member (fixed-term appointment unless told) with a name of their own. */
  staff: (name: string, options?: PersonOptions) => ReturnType<Factories["person"]>;
  /** The id of the seeded entity or duty station of this code (reference data, never changed). */
  entityId: (code: string) => Promise<string>;
  dutyStationId: (code: string) => Promise<string>;
  /** The one programme of this type the app offers (networking, tripartite coaching): the seeded one. */
  onlyProgramme: (type: "networking" | "tripartite_coaching") => Promise<{ id: string; slug: string }>;
};

function e2eFactories(db: Db): E2eFactories {
  const make = factories(db);
  return {
    ...make,
    staff: (name, options = {}) => make.person({ appointmentType: "fixed_term", ...options, name: named(name) }),
    entityId: async (code) => (await db.entity.findUniqueOrThrow({ where: { code } })).id,
    dutyStationId: async (code) => (await db.dutyStation.findUniqueOrThrow({ where: { code } })).id,
    onlyProgramme: (type) =>
      db.programme.findFirstOrThrow({
        where: { type, archivedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, slug: true },
      }),
  };
}

export const test = base.extend<object, { db: Db; make: E2eFactories }>({
  // One client per worker on the app's database (E2E_DATABASE_URL), closed when the worker ends.
  db: [
    async ({}, use) => {
      const db = createPrismaClient(process.env.E2E_DATABASE_URL!, { max: 2 });
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  make: [async ({ db }, use) => use(e2eFactories(db)), { scope: "worker" }],
});
export { expect } from "@playwright/test";
