// "Inform your supervisor" on the coach's and the mentor's profile pages: approval is not needed,
// informing is recommended (seed 000); a courtesy e-mail, the date it was last sent, and sending again.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SupervisorNoticeView } from "@/lib/server/profiles/load-supervisor-notice";
import { InformSupervisorForm } from "./inform-supervisor-form";

export async function InformSupervisorSection({ view, className }: { view: SupervisorNoticeView; className?: string }) {
  const [t, format] = await Promise.all([getTranslations("informSupervisor"), getFormatter()]);
  const headingId = `inform-supervisor-${view.role}-title`;
  return (
    <Card
      id="inform-supervisor"
      heading={t("title")}
      headingId={headingId}
      lead={t("lead")}
      className={["scroll-mt-6 sm:p-6", className].filter(Boolean).join(" ")}
    >
      <p className="mt-2 text-sm text-slate-700">{t(view.role === "coach" ? "leadCoach" : "leadMentor")}</p>
      <p className="mt-3 text-sm font-medium text-slate-800" data-testid="inform-supervisor-status">
        {view.informedAt
          ? t("sentOn", { date: format.dateTime(view.informedAt, { dateStyle: "long" }) })
          : t("notSent")}
      </p>
      <div className="mt-5">
        <InformSupervisorForm
          role={view.role}
          supervisorEmail={view.hrSupervisorEmail ?? ""}
          texts={{
            title: t("title"),
            emailLabel: t("emailLabel"),
            emailHint: t(view.hrSupervisorEmail ? "emailHintKnown" : "emailHint"),
            button: t(view.informedAt ? "sendAgain" : "send"),
            sending: t("sending"),
          }}
        />
      </div>
    </Card>
  );
}
