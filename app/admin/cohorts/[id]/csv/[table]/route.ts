import { getLocale, getTranslations } from "next-intl/server";
import { dashboardAccess } from "@/lib/domain/cohort-figures";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { buildDashboardTables, CREDENTIAL_TABLES, isTableKey } from "@/lib/server/dashboard/build-dashboard-tables";
import { csvFileName, tableToCsv } from "@/lib/server/dashboard/format-csv";
import { labelSessionStep } from "@/lib/server/dashboard/label-session-step";
import { loadCohortDashboard } from "@/lib/server/dashboard/load-cohort-dashboard";
import { db } from "@/lib/server/db";
import { dashboardFilterSchema } from "@/lib/validation/programmes";

const NO_STORE = { "Cache-Control": "private, no-store" };
const refuse = (status: number, text: string) =>
  new Response(text, { status, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });

/** Every early ending goes into the download (the page shows the latest ones). */
const ALL_ENDINGS = 100_000;

// One table of a cohort dashboard as a CSV download, with the dashboard's filters (?entity=…&station=…).
// It checks the caller itself: programme admins download every table, HR reviewers the credential
// queue's, anyone else gets 403 and a signed-out visitor 401.
export async function GET(request: Request, { params }: { params: Promise<{ id: string; table: string }> }) {
  const { id, table } = await params;
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Sign in to download this table.");
  const access = dashboardAccess(user.roles);
  if (access === "none") return refuse(403, "You are not allowed to download this table.");
  if (!isTableKey(table)) return refuse(404, "Not found.");
  if (access !== "full" && !CREDENTIAL_TABLES.includes(table))
    return refuse(403, "You are not allowed to download this table.");
  const search = new URL(request.url).searchParams;
  const filter = dashboardFilterSchema.parse({
    entity: search.get("entity") ?? undefined,
    station: search.get("station") ?? undefined,
  });
  const dashboard = await loadCohortDashboard(db(), user, id, filter, { endingsTake: ALL_ENDINGS });
  if (!dashboard) return refuse(404, "Not found.");
  const [locale, t, stepLabel] = await Promise.all([getLocale(), getTranslations("dashboard"), labelSessionStep()]);
  const found = buildDashboardTables(dashboard, t, stepLabel).find((x) => x.key === table);
  // The "what helped" table exists only when enough people answered: otherwise there is nothing to give.
  if (!found) return refuse(404, "This table has no figures to show.");
  return new Response(tableToCsv(found, locale), {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFileName(dashboard.cohort.slug, table)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
