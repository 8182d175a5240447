// Every page, for every demo persona who can open it, has no WCAG 2.2 A or AA violation that axe-core
// finds. The routes are read from app/**/page.tsx, so a new page fails the first test until it is
// visited here; the dynamic routes are visited with the seeded story's real ids. Each persona signs in
// twice, in English and in French, and the two browser contexts take turns through the persona's
// pages: each page of a persona is read in one language, the next one in the other, and the personas
// start on alternate languages, so a route that several personas open is read in both. What axe-core
// checks (names, roles, contrast, structure) does not change with the language; every page's `lang`
// attribute is checked in the language it is read in. It only reads the seeded story (no other spec
// changes it), so it passes in any order.
import { readdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO_PERSONA_EMAILS } from "../../lib/domain/demo-personas";
import { programmes as seededProgrammes } from "../../prisma/seed/data";
import { navigationFor } from "../../lib/domain/navigation";
import type { Role } from "../../lib/domain/roles";
import { expect, query, signedInPage, test, chooseLanguage } from "./fixtures";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const LOCALES = ["en", "fr"] as const;
/**
 * The personas this run reads: all, unless E2E_SWEEP_SHARD says "k/n" (the k-th of n shares, by the
 * persona's place in the list); npm test gives each of its two lanes one share when they run side by side.
 */
function inShard(index: number): boolean {
  const [k, n] = (process.env.E2E_SWEEP_SHARD || "1/1").split("/").map(Number);
  return index % n === k - 1;
}

/** The app's routes, as Next.js sees them: app/admin/cohorts/[id]/page.tsx → /admin/cohorts/[id]. */
function appRoutes(dir = path.join(process.cwd(), "app"), prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [prefix || "/"] : [];
    if (!entry.isDirectory() || entry.name === "api") return [];
    return appRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`);
  });
}

/** The seeded story's ids that the dynamic routes need. */
type Ids = Awaited<ReturnType<typeof loadIds>>;

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await query<Record<string, T>>(sql, params);
  if (!row) throw new Error(`The seeded story has no row for: ${sql} ${JSON.stringify(params)}`);
  return Object.values(row)[0];
}

const profileOf = (email: string, kind: string) =>
  one<string>(
    `select p.id from "MatchingProfile" p join "User" u on u.id = p."userId" where u.email = $1 and p.kind = $2`,
    [email, kind],
  );

/**
 * A person's engagement in a programme of that type (Amina's tripartite mission has an engagement
 * too, which has no agreement page): their active one, else their latest.
 */
const engagementOf = (email: string, type: "coaching" | "mentoring" | "tripartite_coaching") =>
  one<string>(
    `select e.id from "Engagement" e join "MatchingProfile" p on p.id = e."profileId"
       join "User" s on s.id = e."seekerId" join "User" o on o.id = p."userId"
       join "Programme" g on g.id = e."programmeId"
      where $1 in (s.email, o.email) and g.type::text = $2
      order by (e.status = 'active') desc, e."startedAt" desc limit 1`,
    [email, type],
  );

async function loadIds() {
  const [programmes, cohorts] = await Promise.all([
    // The demo's programmes only: other specs add programmes of their own.
    query<{ slug: string; type: string }>(`select slug, type from "Programme" where slug = any($1)`, [
      seededProgrammes.map((p) => p.slug),
    ]),
    query<{ id: string; status: string; slug: string }>(
      `select c.id, c.status, p.slug from "Cohort" c join "Programme" p on p.id = c."programmeId" where p.slug = 'peer-coaching'`,
    ),
  ]);
  const slug = (type: string) => programmes.find((p) => p.type === type)!.slug;
  return {
    programmeSlugs: programmes.map((p) => p.slug),
    coaching: slug("coaching"),
    mentoring: slug("mentoring"),
    tripartite: slug("tripartite_coaching"),
    liveCohort: cohorts.find((c) => c.status === "open" || c.status === "running")?.id ?? cohorts[0].id,
    closedCohort: cohorts.find((c) => c.status === "closed")?.id ?? cohorts[0].id,
    carlosCoachProfile: await profileOf("carlos.coach@example.org", "coach"),
    priyaCoachProfile: await profileOf("pending.coach@example.org", "coach"),
    mariaMentorProfile: await profileOf("maria.mentor@example.org", "mentor"),
    mariaNetworkingProfile: await profileOf("maria.mentor@example.org", "networking"),
    aminaEngagement: await engagementOf("amina.client@example.org", "coaching"),
    aminaMissionEngagement: await engagementOf("amina.client@example.org", "tripartite_coaching"),
    mehdiEngagement: await engagementOf("mehdi.mentee@example.org", "mentoring"),
    josephEngagement: await engagementOf("joseph.kamau@example.org", "coaching"),
    aminaUser: await one<string>(`select id from "User" where email = 'amina.client@example.org'`),
    aminaMission: await one<string>(
      `select m.id from "Mission" m join "User" u on u.id = m."coacheeId" where u.email = 'amina.client@example.org'`,
    ),
  };
}

type Persona = { key: string; email: string | null; roles: Role[] };

/** Each persona's pages (beyond those of their navigation, which every signed-in persona visits). */
function pagesOf(persona: Persona, ids: Ids): string[] {
  const everyone = ["/", "/about", "/accessibility", "/dev/outbox"];
  if (!persona.email) return [...everyone, "/signin", "/signin/check-email", "/signin/refused"];
  const signedIn = [...everyone, "/account", "/engagements", "/networking"];
  // Pages whose content is the same for everyone signed in but for the menu (which each persona's
  // other pages carry): read by Amina only, and a colleague's networking page also by its owner, María.
  const sameForEveryone = ["/about", "/accessibility", "/dev/outbox", `/networking/${ids.mariaNetworkingProfile}`];
  const readsShared = persona.key === "amina" || persona.key === "maria";
  const byPersona: Record<string, string[]> = {
    amina: [
      `/coaches/${ids.carlosCoachProfile}`,
      "/requests/new",
      `/programmes/${ids.coaching}`,
      // What Amina seeks (seeded: prisma/seed/suggestions.ts); her /coaches shows the suggestions.
      `/programmes/${ids.coaching}/preferences`,
      `/engagements/${ids.aminaEngagement}`,
      `/engagements/${ids.aminaEngagement}/agreement`,
      `/engagements/${ids.aminaMissionEngagement}`,
      `/missions/${ids.aminaMission}`,
      `/missions/${ids.aminaMission}/contract`,
      `/missions/${ids.aminaMission}/framing`,
      // Group coaching: the list, and the group Carlos runs with Amina among its members (prisma/seed/group-coaching.ts).
      "/groups",
      "/groups/seed_group_carlos",
    ],
    carlos: [
      `/engagements/${ids.aminaEngagement}`,
      `/engagements/${ids.aminaMissionEngagement}`,
      `/engagements/${ids.josephEngagement}`,
      `/missions/${ids.aminaMission}`,
      `/missions/${ids.aminaMission}/contract`,
      `/programmes/${ids.coaching}`,
      "/coach/attestation",
      // The group supervision session Carlos led last month (seeded: prisma/seed/supervision-groups.ts).
      "/supervision/sessions/seed_supervision_past",
      "/groups",
      "/groups/seed_group_carlos",
    ],
    priya: [`/programmes/${ids.coaching}`],
    maria: [`/engagements/${ids.mehdiEngagement}`, `/programmes/${ids.mentoring}`, "/mentor/attestation"],
    mehdi: [
      `/mentors/${ids.mariaMentorProfile}`,
      "/requests/new?kind=mentor",
      `/programmes/${ids.mentoring}/preferences`,
      `/engagements/${ids.mehdiEngagement}`,
      `/engagements/${ids.mehdiEngagement}/agreement`,
      `/programmes/${ids.mentoring}`,
      // The resource library filtered (its unfiltered page is in the menu).
      "/resources?tag=mentoring&language=fr",
    ],
    hana: [
      `/hr/credentials/${ids.priyaCoachProfile}`,
      `/admin/cohorts/${ids.liveCohort}`,
      `/missions/${ids.aminaMission}`,
      `/missions/${ids.aminaMission}/contract`,
      `/programmes/${ids.tripartite}`,
    ],
    ade: [
      "/admin/programmes/new",
      `/admin/programmes/${ids.coaching}`,
      `/admin/programmes/${ids.coaching}/cohorts/new`,
      `/admin/cohorts/${ids.liveCohort}`,
      `/admin/cohorts/${ids.closedCohort}`,
      `/admin/cohorts/${ids.liveCohort}/edit`,
      `/admin/people/${ids.aminaUser}`,
      "/admin/people/retention",
      "/admin/people/import",
      `/hr/credentials/${ids.priyaCoachProfile}`,
      "/supervision/sessions/seed_supervision_next",
      // Workshops (seeded: prisma/seed/workshops.ts): a full one with its waiting list, a past one with attendance.
      "/admin/workshops/new",
      "/admin/workshops/seed_workshop_ethics",
      "/admin/workshops/seed_workshop_goals",
      // The resource library (seeded: prisma/seed/resources.ts): a draft whose link is missing, and the handbook's file.
      "/admin/resources/new",
      "/admin/resources/seed_resource_leader_any_level",
      "/admin/resources/seed_resource_handbook",
      ...ids.programmeSlugs.map((slug) => `/programmes/${slug}`),
    ],
    sam: [
      "/missions/new",
      `/missions/${ids.aminaMission}`,
      `/missions/${ids.aminaMission}/contract`,
      `/missions/${ids.aminaMission}/framing`,
      `/programmes/${ids.tripartite}`,
    ],
    keiko: [`/coaches/${ids.carlosCoachProfile}`, `/requests/new?coach=${ids.carlosCoachProfile}`, "/missions/ask"],
    joseph: [
      `/engagements/${ids.josephEngagement}`,
      `/engagements/${ids.josephEngagement}/attestation`,
      `/programmes/${ids.coaching}`,
    ],
    ines: ["/requests/new?kind=mentor", `/mentors/${ids.mariaMentorProfile}`, `/programmes/${ids.mentoring}`],
  };
  const own = byPersona[persona.key];
  if (!own) throw new Error(`No pages listed for the persona ${persona.key}`);
  const navigation = navigationFor(persona.roles).map((item) => item.href);
  const pages = [...new Set([...signedIn, ...navigation, ...own, ...sameForEveryone])];
  return readsShared ? pages : pages.filter((url) => !sameForEveryone.includes(url));
}

/**
 * /admin/cohorts/clx123/edit → /admin/cohorts/[id]/edit, matched against the app's routes as Next.js
 * does: a static segment wins over a dynamic one (/admin/programmes/new is not /admin/programmes/[slug]).
 */
function routeOf(url: string, routes: string[]): string | undefined {
  const parts = url.split("?")[0].split("/");
  const dynamicSegments = (route: string) => route.split("/").filter((p) => p.startsWith("[")).length;
  return routes
    .filter((route) => {
      const pattern = route.split("/");
      return pattern.length === parts.length && pattern.every((p, i) => p.startsWith("[") || p === parts[i]);
    })
    .sort((a, b) => dynamicSegments(a) - dynamicSegments(b))[0];
}

const KEYS: Record<string, string> = {
  "amina.client@example.org": "amina",
  "carlos.coach@example.org": "carlos",
  "pending.coach@example.org": "priya",
  "maria.mentor@example.org": "maria",
  "mehdi.mentee@example.org": "mehdi",
  "hana.hr@example.org": "hana",
  "ade.admin@example.org": "ade",
  "sam.manager@example.org": "sam",
  "keiko.yamamoto@example.org": "keiko",
  "joseph.kamau@example.org": "joseph",
  "ines.mentee@example.org": "ines",
};

async function personas(): Promise<Persona[]> {
  const rows = await query<{ email: string; roles: Role[] }>(
    `select u.email, coalesce(array_agg(g.role::text) filter (where g.role is not null), '{}') as roles
       from "User" u left join "RoleGrant" g on g."userId" = u.id where u.email = any($1) group by u.email`,
    [[...DEMO_PERSONA_EMAILS]],
  );
  return [
    { key: "visitor", email: null, roles: [] },
    ...DEMO_PERSONA_EMAILS.map((email) => {
      const row = rows.find((r) => r.email === email);
      if (!row) throw new Error(`The demo persona ${email} is not seeded`);
      return { key: KEYS[email] ?? email, email, roles: row.roles };
    }),
  ];
}

/** The violations axe finds on the page, one line each: rule, impact, where. */
async function violationsOn(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`),
  );
}

/**
 * Pages that need a record no demo persona has, checked with axe-core by the spec that makes it
 * (the route, and where).
 */
const CHECKED_BY_THEIR_OWN_SPEC: Record<string, string> = {
  "/admin/people/import/[id]": "tests/e2e/people-import.spec.ts: the preview, the progress and the result of an import",
};

test("every page of the app is visited by the accessibility sweep", async () => {
  const routes = appRoutes();
  const ids = await loadIds();
  const visited = new Set(
    (await personas()).flatMap((p) => pagesOf(p, ids).map((url) => routeOf(url, routes) ?? `unknown: ${url}`)),
  );
  expect(routes.length).toBeGreaterThan(30);
  expect(routes.filter((r) => !visited.has(r) && !(r in CHECKED_BY_THEIR_OWN_SPEC))).toEqual([]);
  expect([...visited].filter((r) => r.startsWith("unknown"))).toEqual([]);
});

for (const [index, email] of [null, ...DEMO_PERSONA_EMAILS].entries()) {
  if (!inShard(index)) continue;
  test(`no WCAG 2.2 A/AA violation on the pages of ${email ?? "a visitor"}, in English and French`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const persona = (await personas()).find((p) => p.email === email)!;
    const ids = await loadIds();
    const open = async (locale: (typeof LOCALES)[number]) =>
      email
        ? await signedInPage(browser, baseURL!, email, locale)
        : await (async () => {
            const context = await browser.newContext({ baseURL, locale: locale === "fr" ? "fr-FR" : "en-GB" });
            await chooseLanguage(context, baseURL!, locale);
            return { context, page: await context.newPage() };
          })();
    // Two tabs, one per language, take turns through the pages (while axe-core reads one, the server
    // renders the next); the persona's place in the list decides which language reads the first page.
    const tabs = await Promise.all(
      (index % 2 ? [...LOCALES].reverse() : [...LOCALES]).map(async (locale) => ({ locale, ...(await open(locale)) })),
    );
    const urls = pagesOf(persona, ids);
    const found: string[] = [];
    await Promise.all(
      tabs.map(async ({ locale, page: tab }, t) => {
        for (const url of urls.filter((_, i) => i % tabs.length === t)) {
          const response = await tab.goto(url);
          expect(response?.status(), `${url} opens for ${persona.key}`).toBe(200);
          await expect(tab.locator("html")).toHaveAttribute("lang", locale);
          for (const v of await violationsOn(tab)) found.push(`${url} (${locale}): ${v}`);
        }
      }),
    );
    await Promise.all(tabs.map(({ context }) => context.close()));
    expect(found.sort()).toEqual([]);
  });
}
