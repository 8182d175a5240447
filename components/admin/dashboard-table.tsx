import type { DashboardTable } from "@/lib/server/dashboard/build-dashboard-tables";
import { cellFormatter } from "./format-cell";

/** One table of the dashboard, named by its caption, with the link to download it as CSV. */
export function DashboardTableView({
  table,
  locale,
  csvHref,
  downloadLabel,
  downloadName,
  emptyText,
  note,
}: {
  table: DashboardTable;
  locale: string;
  csvHref: string;
  downloadLabel: string;
  downloadName: string;
  emptyText?: string;
  note?: string;
}) {
  const format = cellFormatter(locale);
  return (
    <div className="min-w-0" data-testid={`table-${table.key}`}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`table-${table.key}-title`} className="text-base font-semibold text-slate-900">
          {table.title}
        </h3>
        <a
          href={csvHref}
          download
          aria-label={downloadName}
          className="rounded border border-slate-300 px-2 py-0.5 text-xs font-semibold text-brand-700 hover:bg-brand-50"
        >
          {downloadLabel}
        </a>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" aria-labelledby={`table-${table.key}-title`}>
          <thead className="border-b border-slate-300 text-slate-500">
            <tr>
              {table.columns.map((c, i) => (
                <th
                  key={i}
                  scope="col"
                  className={`py-1.5 pr-3 font-medium ${c.kind === "text" || c.kind === "month" || c.kind === "date" ? "" : "text-right"}`}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.columns.length} className="py-2 text-slate-500">
                  {emptyText}
                </td>
              </tr>
            ) : (
              table.rows.map((row, r) => (
                <tr key={r} className="border-b border-slate-200 align-top last:border-0">
                  {row.map((value, i) => {
                    const kind = table.columns[i].kind;
                    const text = format(value, kind);
                    const right = typeof value === "number" || (value === null && kind !== "text");
                    return i === 0 ? (
                      <th
                        key={i}
                        scope="row"
                        className={`py-1.5 pr-3 font-medium text-slate-800 ${kind === "date" || kind === "month" ? "whitespace-nowrap" : ""}`}
                      >
                        {text}
                      </th>
                    ) : (
                      <td
                        key={i}
                        className={`py-1.5 pr-3 ${right ? "text-right tabular-nums" : "whitespace-pre-line"}`}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {note && <p className="mt-2 text-xs text-slate-500">{note}</p>}
    </div>
  );
}
