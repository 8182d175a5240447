import { getTranslations } from "next-intl/server";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";
import type { CoachProfileView } from "@/lib/server/coaches/load-coach-profile";

/** The credentials as HR has them, read-only while they are under review or decided. */
export async function CredentialsSummary({ profile }: { profile: CoachProfileView["profile"] }) {
  const t = await getTranslations("coachProfile.credentials");
  const rows: [string, string][] = [
    [t("staffStatus"), t(profile.isFormerStaff ? "former" : "current")],
    [t("kind"), profile.credentialKind ? t(`kinds.${profile.credentialKind}`) : t("notSet")],
  ];
  if (profile.credentialKind === "icf_training") {
    rows.push([t("trainingHours"), profile.trainingHours === null ? t("notSet") : String(profile.trainingHours)]);
    rows.push([t("observedPractice"), profile.observedPractice ? "✓" : "—"]);
  }
  return (
    <div className="space-y-3">
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("locked")}</p>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium text-slate-600">{k}</dt>
            <dd className="text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
      {profile.credentialKind === "icf_training" && (
        <p className="text-xs text-slate-500">{t("trainingRule", { hours: MIN_TRAINING_HOURS })}</p>
      )}
    </div>
  );
}
