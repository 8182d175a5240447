import { DownloadIcon } from "@/components/sessions/icons";
import { Cell, Row, RowHeader, Table } from "@/components/ui/table";
import type { DashboardTable } from "@/lib/server/dashboard/build-dashboard-tables";
import { cellFormatter } from "./format-cell";

/**
 * One table of the dashboard under its title, with the link to download it as CSV (its name says
 * which table; its visible text, "CSV", is part of that name).
 */
export function DashboardTableView({
  table,
  locale,
  csvHref,
  downloadName,
  emptyText,
  note,
}: {
  table: DashboardTable;
  locale: string;
  csvHref: string;
  downloadName: string;
  emptyText?: string;
  note?: string;
}) {
  const format = cellFormatter(locale);
  const numeric = (kind: string) => !(kind === "text" || kind === "month" || kind === "date");
  return (
    <div className="min-w-0" data-testid={`table-${table.key}`}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-slate-900">{table.title}</h3>
        <a
          href={csvHref}
          download
          aria-label={downloadName}
          className="inline-flex items-center gap-1 rounded border border-slate-300 px-2 py-0.5 text-xs font-semibold text-brand-700 hover:bg-brand-50"
        >
          <DownloadIcon />
          CSV
        </a>
      </div>
      <Table
        caption={table.title}
        captionHidden
        columns={table.columns.map((c) => ({
          label: c.label,
          className: `py-1.5 pr-3 font-medium ${numeric(c.kind) ? "text-right" : ""}`,
        }))}
      >
        {table.rows.length === 0 ? (
          <tr>
            <td colSpan={table.columns.length} className="py-2 text-slate-600">
              {emptyText}
            </td>
          </tr>
        ) : (
          table.rows.map((row, r) => (
            <Row key={r} className="align-top">
              {row.map((value, i) => {
                const kind = table.columns[i].kind;
                const text = format(value, kind);
                const right = typeof value === "number" || (value === null && kind !== "text");
                return i === 0 ? (
                  <RowHeader
                    key={i}
                    className={`py-1.5 pr-3 text-left font-medium text-slate-800 ${kind === "date" || kind === "month" ? "whitespace-nowrap" : ""}`}
                  >
                    {text}
                  </RowHeader>
                ) : (
                  <Cell key={i} className={`py-1.5 pr-3 ${right ? "text-right tabular-nums" : "whitespace-pre-line"}`}>
                    {text}
                  </Cell>
                );
              })}
            </Row>
          ))
        )}
      </Table>
      {note && <p className="mt-2 text-xs text-slate-600">{note}</p>}
    </div>
  );
}
