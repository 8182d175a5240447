import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { ResourceItem } from "@/components/resources/resource-item";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select";
import { TextField } from "@/components/ui/field";
import { link } from "@/components/ui/styles";
import {
  allTags,
  matchesResourceFilter,
  RESOURCE_KINDS,
  RESOURCE_LANGUAGES,
  resourceText,
  type ResourceFilter,
} from "@/lib/domain/resources";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { loadOwnResources } from "@/lib/server/resources/load-resources";

type Search = {
  q?: string | string[];
  tag?: string | string[];
  language?: string | string[];
  kind?: string | string[];
};
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) ?? "";

/** The published resources of the programmes the person takes part in, searchable by words, tag, language and kind. */
export default async function ResourcesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("view:resources", "/resources");
  const [params, t, localeRaw] = await Promise.all([searchParams, getTranslations("resources"), getLocale()]);
  const locale = localeRaw === "fr" ? "fr" : "en";
  const resources = await loadOwnResources(db(), user);
  const filter: ResourceFilter = {
    q: one(params.q),
    tag: one(params.tag),
    language: one(params.language),
    kind: one(params.kind),
  };
  const filtered = resources
    .filter((r) => matchesResourceFilter(r, filter))
    .sort((a, b) => resourceText(a, locale).title.localeCompare(resourceText(b, locale).title, locale));
  const tags = allTags(resources);
  const filtering = Boolean(filter.q || filter.tag || filter.language || filter.kind);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {resources.length === 0 ? (
        <Card as="div">
          <p className="text-slate-600">{t("none")}</p>
        </Card>
      ) : (
        <>
          <Card as="section" aria-labelledby="resource-filters">
            <h2 id="resource-filters" className="text-lg font-semibold">
              {t("filters")}
            </h2>
            <form method="get" action="/resources" className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <TextField
                id="resource-q"
                name="q"
                type="search"
                label={t("search")}
                hint={t("searchHint")}
                defaultValue={filter.q}
              />
              <SelectField
                id="resource-tag"
                name="tag"
                label={t("tag")}
                placeholder={t("any")}
                defaultValue={filter.tag}
                options={tags.map((tag) => ({ value: tag, label: tag }))}
              />
              <SelectField
                id="resource-language"
                name="language"
                label={t("language")}
                placeholder={t("any")}
                defaultValue={filter.language}
                options={RESOURCE_LANGUAGES.map((l) => ({ value: l, label: t(`languageName.${l}`) }))}
              />
              <SelectField
                id="resource-kind"
                name="kind"
                label={t("kindLabel")}
                placeholder={t("any")}
                defaultValue={filter.kind}
                options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
              />
              <div className="flex items-center gap-4 sm:col-span-2 lg:col-span-4">
                <Button type="submit">{t("apply")}</Button>
                {filtering && (
                  <Link href="/resources" className={link}>
                    {t("clear")}
                  </Link>
                )}
              </div>
            </form>
          </Card>
          <p role="status" className="text-slate-700">
            {filtered.length === 0 ? t("noMatch") : t("count", { count: filtered.length })}
          </p>
          {filtered.length > 0 && (
            <ul className="space-y-3">
              {filtered.map((r) => (
                <ResourceItem key={r.id} resource={r} locale={locale} headingLevel={2} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
