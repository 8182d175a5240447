// One resource as participants see it: its title (a link that opens in a new tab, or the file to
// download) and description in the reader's language when there is one, otherwise the other one
// marked with its lang, its kind, languages and tags. Used on /resources and on the session step.
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { link } from "@/components/ui/styles";
import { resourceText, type ResourceLanguage } from "@/lib/domain/resources";
import type { ResourceView } from "@/lib/server/resources/load-resources";

export async function ResourceItem({
  resource: r,
  locale,
  headingLevel = 3,
  compact = false,
}: {
  resource: ResourceView;
  locale: ResourceLanguage;
  headingLevel?: 2 | 3 | 4 | 5;
  compact?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("resources"), getFormatter()]);
  const text = resourceText(r, locale);
  const foreign = text.lang !== locale;
  const Heading = `h${headingLevel}` as const;
  const size = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  const languages = r.languages.map((l) => t(`languageName.${l}`)).join(", ");
  return (
    <li className={compact ? "py-2" : "rounded border border-slate-200 p-4"} data-testid="resource">
      <Heading className={compact ? "text-sm font-semibold" : "text-base font-semibold"}>
        {r.url ? (
          <a href={r.url} target="_blank" rel="noopener noreferrer" className={link}>
            <span lang={foreign ? text.lang : undefined}>{text.title}</span>{" "}
            <span className="sr-only">{t("newTab")}</span>
          </a>
        ) : (
          <a href={`/resources/${r.id}/file`} download className={link}>
            <span lang={foreign ? text.lang : undefined}>{text.title}</span>
          </a>
        )}
      </Heading>
      {text.description && !compact && (
        <p className="mt-1 text-slate-700" lang={foreign ? text.lang : undefined}>
          {text.description}
        </p>
      )}
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <Badge tone="info">{t(`kind.${r.kind}`)}</Badge>
        {languages && <span>{t("inLanguages", { languages })}</span>}
        {r.fileSize !== null && <span>· {t("download", { size: size(r.fileSize) })}</span>}
        {!compact && r.tags.length > 0 && (
          <span>
            · {t("tags")} {r.tags.join(", ")}
          </span>
        )}
      </p>
    </li>
  );
}

/** The published resources attached to one session's step ("Resources for this session"). */
export async function StepResources({
  resources,
  locale,
  sessionId,
}: {
  resources: readonly ResourceView[];
  locale: ResourceLanguage;
  sessionId: string;
}) {
  if (resources.length === 0) return null;
  const t = await getTranslations("resources");
  const headingId = `session-${sessionId}-resources`;
  return (
    <section aria-labelledby={headingId} className="mt-4 rounded border border-sky-200 bg-sky-50/60 px-3 py-2">
      <h4 id={headingId} className="text-sm font-semibold text-slate-800">
        {t("onStep")}
      </h4>
      <ul className="divide-y divide-sky-100">
        {resources.map((r) => (
          <ResourceItem key={r.id} resource={r} locale={locale} headingLevel={5} compact />
        ))}
      </ul>
    </section>
  );
}
