// How the dashboard shows a table cell in the reader's language (the CSV has its own rules,
// lib/server/dashboard/format-csv.ts).
import type { Cell, CellKind } from "@/lib/server/dashboard/build-dashboard-tables";

export function cellFormatter(locale: string, empty = "—") {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" });
  return (value: Cell, kind: CellKind): string => {
    if (value === null) return empty;
    if (value instanceof Date) return day.format(value);
    if (typeof value === "number") {
      if (kind === "share") return percent.format(value);
      return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
    }
    if (kind === "month" && /^\d{4}-\d{2}$/.test(value)) return month.format(new Date(`${value}-01T00:00:00Z`));
    return value;
  };
}
