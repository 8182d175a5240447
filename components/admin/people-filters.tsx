import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/select";
import { TextField } from "@/components/ui/field";
import { link } from "@/components/ui/styles";
import { APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import { PERSON_STATUSES } from "@/lib/domain/people-departure";
import type { PeopleQuery } from "@/lib/domain/people-search";
import { ROLES } from "@/lib/domain/roles";

/** The people search: a plain GET form, so every search and filter is a URL that can be shared. */
export async function PeopleFilters({
  query,
  entities,
  dutyStations,
}: {
  query: PeopleQuery;
  entities: SelectOption[];
  dutyStations: SelectOption[];
}) {
  const [t, tr, ta] = await Promise.all([
    getTranslations("people.list"),
    getTranslations("roles"),
    getTranslations("adminProgrammes.form.appointment"),
  ]);
  const ts = await getTranslations("people.status");
  return (
    <form role="search" action="/admin/people" className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4">
      <TextField
        id="people-q"
        name="q"
        type="search"
        label={t("searchLabel")}
        defaultValue={query.q}
        className="max-w-xl"
      />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField
          id="people-entity"
          name="entity"
          label={t("entity")}
          placeholder={t("any")}
          options={entities}
          defaultValue={query.entityId ?? ""}
          compact
        />
        <SelectField
          id="people-station"
          name="station"
          label={t("dutyStation")}
          placeholder={t("any")}
          options={dutyStations}
          defaultValue={query.dutyStationId ?? ""}
          compact
        />
        <SelectField
          id="people-appointment"
          name="appointment"
          label={t("appointmentType")}
          placeholder={t("any")}
          options={APPOINTMENT_TYPES.map((a) => ({ value: a, label: ta(a) }))}
          defaultValue={query.appointmentType ?? ""}
          compact
        />
        <SelectField
          id="people-role"
          name="role"
          label={t("role")}
          placeholder={t("any")}
          options={ROLES.map((r) => ({ value: r, label: tr(r) }))}
          defaultValue={query.role ?? ""}
          compact
        />
        <SelectField
          id="people-status"
          name="status"
          label={t("status")}
          placeholder={t("any")}
          options={PERSON_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
          defaultValue={query.status ?? ""}
          compact
        />
      </div>
      <div className="flex items-center gap-4">
        <Button type="submit">{t("search")}</Button>
        <Link href="/admin/people" className={`text-sm ${link}`}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
