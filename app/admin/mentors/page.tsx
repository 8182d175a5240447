import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MentorDecisionForm } from "@/components/mentors/mentor-decision-form";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { Cell, Row, Table } from "@/components/ui/table";
import { localized } from "@/lib/i18n/localized";
import { requirePermission } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { listMentorQueue } from "@/lib/server/mentors/list-mentor-queue";

/** Programme admins approve mentor profiles where the programme requires it: the queue, then the latest decisions. */
export default async function AdminMentorsPage() {
  const user = await requirePermission("review:mentor-profile:any", "/admin/mentors");
  const [{ queue, history }, t, tp, te, format, locale] = await Promise.all([
    listMentorQueue(db(), user),
    getTranslations("adminMentors"),
    getTranslations("mentorProfile.offer"),
    getTranslations("expertise"),
    getFormatter(),
    getLocale(),
  ]);
  const display = new Intl.DisplayNames([locale], { type: "language" });
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="queue">
        <h2 id="queue" className="mb-3 text-xl font-semibold">
          {t("queue", { count: queue.length })}
        </h2>
        {queue.length === 0 ? (
          <Card as="div" padding="roomy" className="text-slate-600" data-testid="mentor-queue-empty">
            {t("empty")}
          </Card>
        ) : (
          <ul className="space-y-4">
            {queue.map((m) => (
              <Card as="li" key={m.id} padding="roomy" data-testid="mentor-queue-item">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="text-lg font-semibold">{m.name ?? m.email}</h3>
                  {m.submittedAt && (
                    <p className="text-sm text-slate-600">{t("submitted", { date: when(m.submittedAt) })}</p>
                  )}
                </div>
                <p className="text-sm text-slate-600">
                  {[
                    m.programme ? localized(m.programme, "name", locale) : null,
                    m.entity?.code,
                    m.dutyStation ? localized(m.dutyStation, "name", locale) : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
                  <div>
                    <dt className="text-slate-600">{t("areas")}</dt>
                    <dd className="font-medium">{m.expertiseAreas.map((a) => te(a as "career")).join(" · ")}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">{t("languages")}</dt>
                    <dd className="font-medium">{list.format(m.coachingLanguages.map((c) => display.of(c) ?? c))}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">{t("capacity")}</dt>
                    <dd className="font-medium">{t("capacityValue", { count: m.capacity })}</dd>
                  </div>
                  {m.profileUrl && (
                    <div>
                      <dt className="text-slate-600">{t("link")}</dt>
                      <dd className="font-medium break-all">
                        <a href={m.profileUrl} target="_blank" rel="noopener noreferrer nofollow" className={link}>
                          {m.profileUrl}
                        </a>
                      </dd>
                    </div>
                  )}
                  <div className="sm:col-span-2">
                    <dt className="text-slate-600">{t("careerPath")}</dt>
                    <dd className="whitespace-pre-line text-slate-800">{m.careerPath}</dd>
                  </div>
                  {(
                    [
                      ["en", m.bioEn, tp("bioEn")],
                      ["fr", m.bioFr, tp("bioFr")],
                    ] as const
                  )
                    .filter(([, bio]) => Boolean(bio))
                    .map(([lang, bio, label]) => (
                      <div key={lang} className="sm:col-span-2">
                        <dt className="text-slate-600">{label}</dt>
                        <dd lang={lang} className="whitespace-pre-line text-slate-800">
                          {bio}
                        </dd>
                      </div>
                    ))}
                </dl>
                <MentorDecisionForm profileId={m.id} name={m.name ?? m.email} />
              </Card>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="history">
        <h2 id="history" className="mb-3 text-xl font-semibold">
          {t("history.title")}
        </h2>
        {history.length === 0 ? (
          <Card as="div" padding="roomy" className="text-slate-600">
            {t("history.empty")}
          </Card>
        ) : (
          <Card as="div" padding="none">
            <Table
              caption={t("history.title")}
              captionHidden
              headClassName="bg-slate-50 text-slate-600"
              columns={(["when", "mentor", "decision", "by", "message"] as const).map((c) => ({
                label: t(`history.${c}`),
                className: "px-4 py-2 font-medium",
              }))}
            >
              {history.map((h) => (
                <Row key={h.id} data-testid="mentor-history-row">
                  <Cell className="whitespace-nowrap px-4 py-2">{when(h.at)}</Cell>
                  <Cell className="px-4 py-2">{h.mentorName}</Cell>
                  <Cell className="px-4 py-2 font-medium">
                    {t(`history.actions.${h.action.replace("mentor.", "") as "approve"}`)}
                  </Cell>
                  <Cell className="px-4 py-2">{h.reviewerName}</Cell>
                  <Cell className="whitespace-pre-line px-4 py-2 text-slate-700">{h.message}</Cell>
                </Row>
              ))}
            </Table>
          </Card>
        )}
      </section>
    </div>
  );
}
