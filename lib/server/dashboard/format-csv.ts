import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Cell, CellKind, DashboardTable } from "./build-dashboard-tables";

/**
 * A dashboard table as a CSV file that spreadsheet programs open correctly in the reader's
 * language: UTF-8 with a byte-order mark (so accented names survive Excel), quoting by
 * csv-stringify, CRLF line ends; in French, semicolons between fields and a decimal comma, as a
 * French Excel expects. Shares are percentages (the column says "%"), dates "YYYY-MM-DD".
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
 * apostrophe, since reasons are typed by people.
 */
export function tableToCsv(table: DashboardTable, locale: string): string {
  const fr = locale === "fr";
  const cell = (value: Cell, kind: CellKind): string => {
    if (value === null) return "";
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === "number") {
      const n =
        kind === "share"
          ? Math.round(value * 1000) / 10
          : Number.isInteger(value)
            ? value
            : Math.round(value * 100) / 100;
      return fr ? String(n).replace(".", ",") : String(n);
    }
    return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  };
  return stringify(
    [table.columns.map((c) => c.label), ...table.rows.map((r) => r.map((v, i) => cell(v, table.columns[i].kind)))],
    {
      bom: true,
      delimiter: fr ? ";" : ",",
      record_delimiter: "windows",
    },
  );
}

/** The download's file name: "<cohort>-<table>.csv", letters, digits and hyphens only. */
export function csvFileName(cohortSlug: string, table: string): string {
  return `${`${cohortSlug}-${table}`.replace(/[^A-Za-z0-9-]+/g, "-")}.csv`;
}
