import { PageHeader } from "@/components/page-header";
import { getTranslations } from "next-intl/server";
import { PersonRow } from "@/components/admin/person-row";
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
        <input
          id="q"
          name="q"
          defaultValue={q}
          placeholder={t("search")}
          className="flex-1 rounded border border-slate-300 px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("searchButton")}
        </button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {people.length < total ? t("truncated", { shown: people.length, count: total }) : t("count", { count: total })}
      </p>
      {people.length === 0 ? (
        <p className="text-slate-500">{t("noResults")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white p-4 shadow-sm">
          <table className="w-full text-sm">
            <thead className="border-b text-left text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("email")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("roles")}
                </th>
                <th scope="col" className="py-2">
                  {t("actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <PersonRow key={p.id} person={p} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
