// What every section of the cohort dashboard is made of: a card with its title and definition,
// the charts drawn from a table's first two columns, and the tables with their CSV links.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { BarChart, type Tone } from "@/components/charts/bar-chart";
import { Card } from "@/components/ui/card";
import type { DashboardTable, TableKey } from "@/lib/server/dashboard/build-dashboard-tables";
import { DashboardTableView } from "./dashboard-table";

/** The dashboard's tables by key, and where their CSV downloads are (the filter's query kept). */
export type DashboardTables = {
  byKey: Map<TableKey, DashboardTable>;
  locale: string;
  /** `/admin/cohorts/<id>`: a table's CSV is at `${base}/csv/<key>${query}`. */
  base: string;
  query: string;
};

/** One section of the dashboard: a titled card, the sentence that defines its figures, then its charts and tables. */
export function DashboardSection({
  id,
  title,
  definition,
  children,
}: {
  id: string;
  title: string;
  definition?: string;
  children: ReactNode;
}) {
  return (
    <Card heading={title} headingId={id} lead={definition}>
      {children}
    </Card>
  );
}

/** A chart beside its table (stacked on narrow screens). */
export function ChartAndTable({ children }: { children: ReactNode }) {
  return <div className="mt-4 grid gap-6 lg:grid-cols-2">{children}</div>;
}

/** One of the dashboard's tables with its CSV link; nothing when the table is not there (too few answers). */
export async function TableOf({
  tables,
  tableKey,
  emptyText,
  note,
  fallback = null,
}: {
  tables: DashboardTables;
  tableKey: TableKey;
  emptyText?: string;
  note?: string;
  /** Shown instead when the table is not there. */
  fallback?: ReactNode;
}) {
  const table = tables.byKey.get(tableKey);
  if (!table) return fallback;
  const t = await getTranslations("dashboard");
  return (
    <DashboardTableView
      table={table}
      locale={tables.locale}
      csvHref={`${tables.base}/csv/${tableKey}${tables.query}`}
      downloadName={t("downloadNamed", { table: table.title })}
      emptyText={emptyText}
      note={note}
    />
  );
}

/** A horizontal bar chart of a table's first column (categories) against its second (counts). */
export function TableChart({
  tables,
  tableKey,
  summary,
  tone = "brand",
}: {
  tables: DashboardTables;
  tableKey: TableKey;
  summary: string;
  tone?: Tone;
}) {
  const table = tables.byKey.get(tableKey);
  if (!table) return null;
  return (
    <BarChart
      id={tableKey}
      title={table.title}
      summary={summary}
      locale={tables.locale}
      orientation="horizontal"
      categories={table.rows.map((r) => String(r[0]))}
      series={[
        {
          key: "n",
          label: table.columns[1].label,
          values: table.rows.map((r) => (typeof r[1] === "number" ? r[1] : 0)),
          tone,
        },
      ]}
    />
  );
}
