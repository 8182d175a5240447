import { stringify } from "csv-stringify/sync";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/domain/roles";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadPeopleImport } from "@/lib/server/people/import-load";
import { columnText, reasonText } from "@/lib/server/people/import-messages";
import { isRecordId } from "@/lib/validation/record-id";

const NO_STORE = { "Cache-Control": "private, no-store" };
const refuse = (status: number, text: string) =>
  new Response(text, { status, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });

/** A cell a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an apostrophe. */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

// An import's row errors as a CSV file (admins only): row, column, problem and the value found, in
// the reader's language; in French with semicolons, as a French spreadsheet expects.
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return refuse(401, "Sign in to download this report.");
  if (!can(user.roles, "manage:roles:any")) return refuse(403, "You are not allowed to download this report.");
  if (!isRecordId(id)) return refuse(404, "Not found.");
  const found = await loadPeopleImport(db(), user, id);
  if (!found) return refuse(404, "Not found.");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("peopleImport")]);
  const csv = stringify(
    [
      [t("csvRow"), t("csvColumn"), t("csvReason"), t("csvValue")],
      ...found.errors.map((e) => [String(e.row), columnText(e, locale), reasonText(t, e), safe(e.value ?? "")]),
    ],
    { bom: true, delimiter: locale === "fr" ? ";" : ",", record_delimiter: "windows" },
  );
  const name = `${found.fileName.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9-]+/g, "-") || "import"}-errors.csv`;
  return new Response(csv, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
