import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BilingualTexts } from "@/components/directory/profile-parts";
import type { CredentialSubmission } from "@/lib/server/credentials/load-credential-submission";
import { placeName } from "./credential-labels";
import { DetailRow, ReviewSection } from "./review-parts";

/** The coach's registration as HR reads it: who they are, what they offer, their bio and approach. */
export async function SubmittedProfile({ submission: s }: { submission: CredentialSubmission }) {
  const [t, te, format, locale] = await Promise.all([
    getTranslations("hrCredentials"),
    getTranslations("expertise"),
    getFormatter(),
    getLocale(),
  ]);
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric" });
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  const languages = (codes: string[]) =>
    codes.length ? codes.map((c) => languageNames.of(c) ?? c).join(", ") : t("detail.none");
  const staffStatus = s.isFormerStaff
    ? t("detail.formerStaff")
    : s.coach.appointmentType
      ? t("detail.currentStaffAs", { appointment: t(`appointment.${s.coach.appointmentType}`) })
      : t("detail.currentStaff");
  const bilingual = (en: string | null, fr: string | null) => (
    <BilingualTexts
      labelled
      blocks={[
        { lang: "en" as const, label: t("detail.inEnglish"), text: en?.trim() ?? "" },
        { lang: "fr" as const, label: t("detail.inFrench"), text: fr?.trim() ?? "" },
      ].filter((b) => b.text)}
      empty={<p className="text-slate-600">{t("detail.none")}</p>}
    />
  );
  return (
    <ReviewSection id="profile" title={t("detail.profile")}>
      <dl className="divide-y divide-slate-100">
        <DetailRow label={t("detail.email")}>{s.coach.email}</DetailRow>
        <DetailRow label={t("detail.entity")}>
          {s.coach.entity ? `${s.coach.entity.code} — ${placeName(s.coach.entity, locale)}` : "—"}
        </DetailRow>
        <DetailRow label={t("detail.dutyStation")}>{placeName(s.coach.dutyStation, locale)}</DetailRow>
        <DetailRow label={t("detail.staffStatus")}>{staffStatus}</DetailRow>
        <DetailRow label={t("detail.languages")}>{languages(s.coach.languages)}</DetailRow>
        <DetailRow label={t("detail.coachingLanguages")}>{languages(s.coachingLanguages)}</DetailRow>
        <DetailRow label={t("detail.expertise")}>
          {s.expertiseAreas.length ? (
            <ul className="flex flex-wrap gap-1">
              {s.expertiseAreas.map((a) => (
                <li key={a} className="rounded-full bg-brand-50 px-2 py-0.5 text-sm text-brand-900">
                  {te(a)}
                </li>
              ))}
            </ul>
          ) : (
            t("detail.none")
          )}
        </DetailRow>
        <DetailRow label={t("detail.capacity")}>{t("detail.capacityValue", { count: s.capacity })}</DetailRow>
        <DetailRow label={t("detail.availability")}>{t(`detail.availabilityValue.${s.availability}`)}</DetailRow>
        <DetailRow label={t("detail.commitments")}>
          {s.commitmentsAcceptedAt
            ? t("detail.commitmentsAccepted", { date: day(s.commitmentsAcceptedAt) })
            : t("detail.commitmentsMissing")}
        </DetailRow>
      </dl>
      <div className="mt-4 space-y-4 border-t border-slate-100 pt-4">
        <div>
          <h3 className="font-semibold">{t("detail.bio")}</h3>
          <div className="mt-1">{bilingual(s.bioEn, s.bioFr)}</div>
        </div>
        <div>
          <h3 className="font-semibold">{t("detail.approach")}</h3>
          <div className="mt-1">{bilingual(s.approachEn, s.approachFr)}</div>
        </div>
      </div>
    </ReviewSection>
  );
}
