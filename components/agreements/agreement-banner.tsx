import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClass, link } from "@/components/ui/styles";
import type { Actor } from "@/lib/domain/roles";
import type { SideState } from "@/lib/domain/engagement-agreement";
import { db } from "@/lib/server/db";
import { loadEngagementAgreement } from "@/lib/server/agreements/load-engagement-agreement";

const stateOf = (s: SideState) => (s.current ? "accepted" : s.outdated ? "outdated" : "awaiting");

/**
 * On the engagement page: until both people have accepted the current version of their agreement,
 * a banner says who has and who has not, and leads to it; afterwards, one quiet line. Sessions can
 * be scheduled meanwhile (the introduction meeting is where the agreement is talked through).
 * Nothing for engagements without an agreement, nor for past ones nobody accepted.
 */
export async function AgreementBanner({ engagementId, viewer }: { engagementId: string; viewer: Actor }) {
  const view = await loadEngagementAgreement(db(), viewer, engagementId);
  if (!view) return null;
  const t = await getTranslations("agreement.banner");
  const href = `/engagements/${view.engagementId}/agreement`;
  const { state } = view;
  if (state.complete) {
    return (
      <p className="text-sm text-slate-700" data-testid="agreement-banner">
        ✓ {t("complete", { version: state.version })}{" "}
        <Link href={href} className={link}>
          {t("read")}
        </Link>
      </p>
    );
  }
  if (view.status !== "active") {
    if (view.acceptances.length === 0) return null;
    return (
      <p className="text-sm text-slate-700" data-testid="agreement-banner">
        <Link href={href} className={link}>
          {t("read")}
        </Link>
      </p>
    );
  }
  const other = view.me === "provider" ? "seeker" : "provider";
  const mineDone = state[view.me].current !== null;
  return (
    <Alert tone="warning" role="none" size="md" data-testid="agreement-banner">
      <section aria-labelledby="agreement-banner-title" className="space-y-2">
        <h2 id="agreement-banner-title" className="font-semibold">
          {t("title")}
        </h2>
        <p>{t("lead")}</p>
        <p>
          {t(`you.${stateOf(state[view.me])}`)} {t(`other.${stateOf(state[other])}`, { name: view.names[other] })}
        </p>
        {!mineDone && <p>{t("sessions")}</p>}
        <p>
          <Link href={href} className={mineDone ? link : buttonClass("primary", "sm")}>
            {mineDone ? t("read") : t("open")}
          </Link>
        </p>
      </section>
    </Alert>
  );
}
