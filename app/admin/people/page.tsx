import { PageHeader } from "@/components/page-header";
import { getTranslations } from "next-intl/server";
import { PersonRow } from "@/components/admin/person-row";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { control } from "@/components/ui/styles";
import { Table } from "@/components/ui/table";
import { requirePermission } from "@/lib/server/auth/current-user";
import { listPeople } from "@/lib/server/people/list-people";

export default async function AdminPeoplePage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await requirePermission("manage:roles:any", "/admin/people");
  const { q = "" } = await searchParams;
  const [t, { people, total }] = await Promise.all([getTranslations("adminPeople"), listPeople(q)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form role="search" className="flex max-w-lg gap-2">
        <label htmlFor="q" className="sr-only">
          {t("search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder={t("search")} className={control.normal} />
        <Button type="submit" className="mt-1 shrink-0">
          {t("searchButton")}
        </Button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {people.length < total ? t("truncated", { shown: people.length, count: total }) : t("count", { count: total })}
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
    </div>
  );
}
