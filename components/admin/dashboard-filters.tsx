import Link from "next/link";
import type { FilterOptions } from "@/lib/server/dashboard/list-filter-options";
import type { DashboardFilter } from "@/lib/validation/programmes";

type Labels = {
  title: string;
  entity: string;
  allEntities: string;
  station: string;
  allStations: string;
  apply: string;
  clear: string;
  hint: string;
};

/** The dashboard's filters: a plain GET form, so a filtered dashboard has its own address. */
export function DashboardFilters({
  action,
  filter,
  options,
  locale,
  labels,
}: {
  action: string;
  filter: DashboardFilter;
  options: FilterOptions;
  locale: string;
  labels: Labels;
}) {
  const name = (p: { nameEn: string; nameFr: string }) => (locale === "fr" ? p.nameFr : p.nameEn);
  const select = "mt-1 block w-full rounded border border-slate-300 bg-white px-3 py-2 text-slate-900";
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={labels.title}
      className="rounded-lg bg-white p-4 shadow-sm"
    >
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="filter-entity" className="block text-sm font-medium text-slate-800">
            {labels.entity}
          </label>
          <select id="filter-entity" name="entity" defaultValue={filter.entity ?? ""} className={select}>
            <option value="">{labels.allEntities}</option>
            {options.entities.map((e) => (
              <option key={e.code} value={e.code}>
                {e.code} — {name(e)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-station" className="block text-sm font-medium text-slate-800">
            {labels.station}
          </label>
          <select id="filter-station" name="station" defaultValue={filter.station ?? ""} className={select}>
            <option value="">{labels.allStations}</option>
            {options.stations.map((s) => (
              <option key={s.code} value={s.code}>
                {name(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
            {labels.apply}
          </button>
          {(filter.entity || filter.station) && (
            <Link href={action} className="text-sm font-semibold text-brand-700 underline">
              {labels.clear}
            </Link>
          )}
        </div>
      </div>
      <p className="mt-2 text-xs text-slate-500">{labels.hint}</p>
    </form>
  );
}
