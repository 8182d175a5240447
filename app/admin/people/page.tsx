import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PeopleFilters } from "@/components/admin/people-filters";
import { PeoplePagination } from "@/components/admin/people-pagination";
import { PersonRow } from "@/components/admin/person-row";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { Table } from "@/components/ui/table";
import { parsePeopleQuery, peopleQueryHref } from "@/lib/domain/people-search";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listPeople, listPeopleFilterOptions } from "@/lib/server/people/list-people";

type Params = Record<string, string | string[] | undefined>;

export default async function AdminPeoplePage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requirePermission("manage:roles:any", "/admin/people");
  const query = parsePeopleQuery(await searchParams);
  const [t, tp, locale, result, options] = await Promise.all([
    getTranslations("adminPeople"),
    getTranslations("people.list"),
    getLocale(),
    listPeople(db(), user, query),
    listPeopleFilterOptions(db()),
  ]);
  const { people, total, page, pages } = result;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={tp("lead")} />
      <p className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <Link href="/admin/people/import" className={link}>
          {tp("importLink")}
        </Link>
        <Link href="/admin/people/retention" className={link}>
          {tp("retentionLink")}
        </Link>
        <Link href="/admin/reference" className={link}>
          {tp("referenceLink")}
        </Link>
      </p>
      <PeopleFilters
        query={query}
        entities={options.entities.map((e) => ({ value: e.id, label: `${e.code} — ${localized(e, "name", locale)}` }))}
        dutyStations={options.dutyStations.map((s) => ({
          value: s.id,
          label: `${s.code} — ${localized(s, "name", locale)}`,
        }))}
      />
      <p className="text-sm text-slate-600" aria-live="polite" data-testid="people-count">
        {tp("count", { count: total })}
        {pages > 1 && <> · {tp("pageOf", { page, pages })}</>}
      </p>
      {people.length === 0 ? (
        <p className="text-slate-500">{t("noResults")}</p>
      ) : (
        <Card as="div" padding="compact">
          <Table caption={t("title")} captionHidden columns={[t("name"), t("email"), t("roles"), t("actions")]}>
            {people.map((p) => (
              <PersonRow key={p.id} person={p} />
            ))}
          </Table>
        </Card>
      )}
      <PeoplePagination page={page} pages={pages} hrefOf={(n: number) => peopleQueryHref(query, n)} />
    </div>
  );
}
