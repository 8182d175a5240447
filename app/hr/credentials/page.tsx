import Link from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select";
import { link } from "@/components/ui/styles";
import { Table } from "@/components/ui/table";
import { placeName, STATUS_TONE } from "@/components/hr/credential-labels";
import { LONG_WAIT_DAYS, OVERDUE_DAYS, waitFor } from "@/components/hr/wait";
import { requirePermission } from "@/lib/server/auth/current-user";
import { RenewalQueueCard } from "@/components/credentials/renewal-review";
import { listCredentialQueue } from "@/lib/server/credentials/list-credential-queue";
import { listRenewalQueue } from "@/lib/server/credentials/list-renewal-queue";
import { db } from "@/lib/server/db";
import {
  CREDENTIAL_KINDS,
  credentialQueueFilterSchema,
  QUEUE_STATUSES,
  type CredentialQueueFilter,
} from "@/lib/validation/credential-review";

type Search = Record<string, string | string[] | undefined>;

function hrefFor(filter: CredentialQueueFilter, change: Partial<CredentialQueueFilter>): string {
  const next = { ...filter, ...change };
  const params = new URLSearchParams();
  if (next.status !== "submitted") params.set("status", next.status);
  if (next.entity) params.set("entity", next.entity);
  if (next.kind) params.set("kind", next.kind);
  const query = params.toString();
  return query ? `/hr/credentials?${query}` : "/hr/credentials";
}

export default async function CredentialQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission("view:credential-queue", "/hr/credentials");
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filter = credentialQueueFilterSchema.parse({
    status: first(raw.status),
    entity: first(raw.entity),
    kind: first(raw.kind),
  });
  const [t, format, locale, queue, renewals] = await Promise.all([
    getTranslations("hrCredentials"),
    getFormatter(),
    getLocale(),
    listCredentialQueue(db(), user, filter),
    listRenewalQueue(db(), user),
  ]);
  const now = new Date();
  const awaiting = filter.status === "submitted";
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "short", year: "numeric" });
  const filtered = Boolean(filter.entity || filter.kind);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />

      <RenewalQueueCard queue={renewals} />

      <nav aria-label={t("statusTabsLabel")}>
        <ul className="flex flex-wrap gap-2">
          {[...QUEUE_STATUSES, "all" as const].map((status) => {
            const current = filter.status === status;
            return (
              <li key={status}>
                <Link
                  href={hrefFor(filter, { status })}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium ${
                    current
                      ? "border-brand-600 bg-brand-600 text-white"
                      : "border-slate-300 bg-white text-slate-700 hover:border-brand-600 hover:text-brand-700"
                  }`}
                >
                  {t(`tabs.${status}`)}
                  <span
                    className={`rounded-full px-1.5 text-xs tabular-nums ${current ? "bg-white/20 text-white" : "bg-slate-100 text-slate-700"}`}
                    data-testid={`count-${status}`}
                  >
                    {queue.counts[status]}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
        <p className="mt-2 text-sm text-slate-600">{t("tabsScope")}</p>
      </nav>

      <Card as="div" padding="compact">
        <form
          method="get"
          action="/hr/credentials"
          className="flex flex-wrap items-end gap-3"
          aria-label={t("filters.label")}
        >
          {filter.status !== "submitted" && <input type="hidden" name="status" value={filter.status} />}
          <SelectField
            id="entity"
            name="entity"
            compact
            label={t("filters.entity")}
            defaultValue={filter.entity ?? ""}
            placeholder={t("filters.allEntities")}
            options={queue.entities.map((e) => ({ value: e.code, label: `${e.code} — ${placeName(e, locale)}` }))}
            className="max-w-xs"
          />
          <SelectField
            id="kind"
            name="kind"
            compact
            label={t("filters.kind")}
            defaultValue={filter.kind ?? ""}
            placeholder={t("filters.allKinds")}
            options={CREDENTIAL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
          <Button type="submit" size="sm">
            {t("filters.apply")}
          </Button>
          {filtered && (
            <Link href={hrefFor(filter, { entity: undefined, kind: undefined })} className={`py-1.5 text-sm ${link}`}>
              {t("filters.clear")}
            </Link>
          )}
        </form>
      </Card>

      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-600">
        <p aria-live="polite">
          {queue.rows.length < queue.total
            ? t("truncated", { shown: queue.rows.length, count: queue.total })
            : t("count", { count: queue.total })}
        </p>
        {awaiting && queue.total > 0 && <p>{t("waitLegend", { long: LONG_WAIT_DAYS, overdue: OVERDUE_DAYS })}</p>}
      </div>

      {queue.rows.length === 0 ? (
        <Card as="div" padding="roomy" className="text-center text-slate-600">
          {awaiting && !filtered ? t("empty.submitted") : t("empty.other")}
        </Card>
      ) : (
        <Card as="div" padding="none">
          <Table
            caption={t("title")}
            captionHidden
            headClassName="border-b border-slate-200 bg-slate-50 text-slate-600"
            columns={[
              { label: t("table.coach"), className: "px-4 py-2 font-medium" },
              t("table.entity"),
              t("table.dutyStation"),
              t("table.credential"),
              ...(filter.status === "all" ? [t("table.status")] : []),
              t("table.submitted"),
              awaiting
                ? t("table.waiting")
                : filter.status === "all"
                  ? t("table.waitingOrDecided")
                  : t("table.decided"),
            ]}
          >
            {queue.rows.map((row) => {
              const wait = row.status === "submitted" && row.submittedAt ? waitFor(row.submittedAt, now, locale) : null;
              const edge =
                wait?.level === "overdue"
                  ? "border-l-red-600 bg-red-50/60"
                  : wait?.level === "long"
                    ? "border-l-amber-500 bg-amber-50/60"
                    : "border-l-transparent";
              return (
                <tr
                  key={row.id}
                  className={`border-b border-l-4 border-b-slate-200 last:border-b-0 ${edge}`}
                  data-testid="queue-row"
                  data-wait={wait?.level}
                >
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/hr/credentials/${row.id}`} className="text-brand-700 hover:underline">
                      {row.name ?? row.email}
                    </Link>
                    <span className="block text-xs font-normal text-slate-600">{row.email}</span>
                  </th>
                  <td className="py-3 pr-4">
                    {row.entity ? (
                      <abbr title={placeName(row.entity, locale)} className="no-underline">
                        {row.entity.code}
                      </abbr>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="py-3 pr-4">{placeName(row.dutyStation, locale)}</td>
                  <td className="py-3 pr-4">
                    {row.credentialKind ? t(`kinds.${row.credentialKind}`) : t("noKind")}
                    {row.credentialKind === "icf_training" && row.trainingHours != null && (
                      <span className="text-slate-600"> · {t("hours", { hours: row.trainingHours })}</span>
                    )}
                  </td>
                  {filter.status === "all" && (
                    <td className="py-3 pr-4">
                      <span
                        className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_TONE[row.status]}`}
                      >
                        {t(`status.${row.status}`)}
                      </span>
                    </td>
                  )}
                  <td className="whitespace-nowrap py-3 pr-4">{row.submittedAt ? day(row.submittedAt) : "—"}</td>
                  <td className="whitespace-nowrap py-3 pr-4">
                    {wait ? (
                      <span className="inline-flex items-center gap-2">
                        <span className={wait.level === "normal" ? "" : "font-semibold"}>{wait.words}</span>
                        {wait.level !== "normal" && (
                          <span
                            className={`rounded px-1.5 py-0.5 text-xs font-semibold ${
                              wait.level === "overdue" ? "bg-red-600 text-white" : "bg-amber-200 text-amber-950"
                            }`}
                          >
                            {t(`waitLevel.${wait.level}`)}
                          </span>
                        )}
                      </span>
                    ) : row.reviewedAt ? (
                      day(row.reviewedAt)
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </Table>
        </Card>
      )}
    </div>
  );
}
