// A session card's part of the action plan: the actions still open from earlier sessions (carried
// over), the actions agreed in this session, and — once the session has started — the form to
// record one. Both people of the engagement read and tick them.
import { getFormatter, getTranslations } from "next-intl/server";
import type { SessionPlanView } from "@/lib/server/goals/load-action-plan";
import type { OwnerNames } from "./action-fields";
import { ActionItem } from "./action-item";
import { AddActionForm } from "./add-action-form";
import { actionItemView } from "./plan-format";

export async function SessionActionPlan({
  sessionId,
  position,
  plan,
  owners,
  active,
  today,
  formOpen,
}: {
  sessionId: string;
  position: number;
  plan: SessionPlanView | undefined;
  owners: OwnerNames;
  active: boolean;
  today: string;
  /** The latest session where actions can be recorded shows its form; earlier ones keep it folded. */
  formOpen: boolean;
}) {
  if (!plan || (plan.agreed.length === 0 && plan.carried.length === 0 && !plan.canRecord)) return null;
  const [t, format] = await Promise.all([getTranslations("actionPlan.action"), getFormatter()]);
  const formatDay = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
  const form = (
    <AddActionForm sessionId={sessionId} owners={owners} defaultOwner="client" minDue={today} legend={t("addTitle")} />
  );
  const carriedId = `session-${sessionId}-carried`;
  const agreedId = `session-${sessionId}-agreed`;
  return (
    <div className="mt-3 space-y-3 rounded border border-slate-200 p-3" data-testid="session-action-plan">
      {plan.carried.length > 0 && (
        <section aria-labelledby={carriedId} data-testid="carried-actions">
          <h4 id={carriedId} className="text-sm font-semibold text-slate-800">
            {t("carriedTitle")}
          </h4>
          <ul className="mt-1 space-y-1">
            {plan.carried.map((a) => (
              <ActionItem
                key={a.id}
                action={actionItemView(a, formatDay)}
                owners={owners}
                active={active}
                showAgreedIn
                minDue={today}
                place={`s${position}-carried`}
              />
            ))}
          </ul>
        </section>
      )}
      {(plan.agreed.length > 0 || plan.canRecord) && (
        <section aria-labelledby={agreedId} data-testid="agreed-actions">
          <h4 id={agreedId} className="text-sm font-semibold text-slate-800">
            {t("agreedTitle")}
          </h4>
          {plan.agreed.length === 0 ? (
            <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {plan.agreed.map((a) => (
                <ActionItem
                  key={a.id}
                  action={actionItemView(a, formatDay)}
                  owners={owners}
                  active={active}
                  minDue={today}
                  place={`s${position}-agreed`}
                />
              ))}
            </ul>
          )}
          {plan.canRecord &&
            (formOpen ? (
              <div className="mt-3">{form}</div>
            ) : (
              <details className="mt-3 rounded border border-slate-200">
                <summary className="cursor-pointer select-none px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50">
                  {t("addTitle")}
                </summary>
                <div className="border-t border-slate-200 p-3">{form}</div>
              </details>
            ))}
        </section>
      )}
    </div>
  );
}
