import Link from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select";
import { link } from "@/components/ui/styles";
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
  return (
    <Card as="div" padding="compact">
      <form method="get" action={action} role="search" aria-label={labels.title}>
        <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <SelectField
            id="filter-entity"
            name="entity"
            label={labels.entity}
            defaultValue={filter.entity ?? ""}
            placeholder={labels.allEntities}
            options={options.entities.map((e) => ({ value: e.code, label: `${e.code} — ${name(e)}` }))}
          />
          <SelectField
            id="filter-station"
            name="station"
            label={labels.station}
            defaultValue={filter.station ?? ""}
            placeholder={labels.allStations}
            options={options.stations.map((s) => ({ value: s.code, label: name(s) }))}
          />
          <div className="flex items-center gap-3">
            <Button type="submit">{labels.apply}</Button>
            {(filter.entity || filter.station) && (
              <Link href={action} className={`text-sm ${link}`}>
                {labels.clear}
              </Link>
            )}
          </div>
        </div>
        <p className="mt-2 text-sm text-slate-600">{labels.hint}</p>
      </form>
    </Card>
  );
}
