import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { placeName, STATUS_TONE } from "./credential-labels";
import { waitFor } from "./wait";

/** Who is under review, the status, the credential in a line, and since when it waits (highlighted when long). */
export async function ReviewHeader({
  submission: s,
  kindLabel,
}: {
  submission: CredentialSubmission;
  kindLabel: string;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("hrCredentials"), getFormatter(), getLocale()]);
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const wait = s.status === "submitted" && s.submittedAt ? waitFor(s.submittedAt, new Date(), locale) : null;
  return (
    <header className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold">{s.coach.name ?? s.coach.email}</h1>
        <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATUS_TONE[s.status]}`} data-testid="status-badge">
          {t(`status.${s.status}`)}
        </span>
      </div>
      <p className="text-slate-600">
        {kindLabel}
        {s.credentialKind === "icf_training" &&
          s.trainingHours != null &&
          ` · ${t("hours", { hours: s.trainingHours })}`}
        {" · "}
        {s.coach.entity?.code ?? "—"}, {placeName(s.coach.dutyStation, locale)}
      </p>
      <p className="text-sm text-slate-600">
        {s.submittedAt ? t("detail.submittedOn", { date: day(s.submittedAt) }) : t("detail.notSubmitted")}
        {wait && (
          <span
            className={
              wait.level === "overdue"
                ? "font-semibold text-red-700"
                : wait.level === "long"
                  ? "font-semibold text-amber-800"
                  : ""
            }
          >
            {" · "}
            {t("detail.waiting", { duration: wait.words })}
          </span>
        )}
        {s.reviewedAt && s.status !== "submitted" && ` · ${t("detail.decidedOn", { date: day(s.reviewedAt) })}`}
      </p>
    </header>
  );
}
