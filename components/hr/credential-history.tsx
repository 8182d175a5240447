import { getFormatter, getTranslations } from "next-intl/server";
import type { HistoryAction, HistoryEntry } from "@/lib/server/credentials/load-credential-history";
import { CHECKLIST_ITEMS } from "@/lib/validation/credential-review";
import { MIN_TRAINING_HOURS } from "@/lib/domain/coach-profile";

const KEY: Record<HistoryAction, "submit" | "approve" | "reject" | "requestChanges" | "revoke"> = {
  "coach.submit": "submit",
  "credential.approve": "approve",
  "credential.reject": "reject",
  "credential.request-changes": "requestChanges",
  "credential.revoke": "revoke",
};

const DOT: Record<HistoryAction, string> = {
  "coach.submit": "bg-brand-600",
  "credential.approve": "bg-emerald-600",
  "credential.reject": "bg-red-600",
  "credential.request-changes": "bg-amber-500",
  "credential.revoke": "bg-slate-700",
};

/** A registration's history from the audit log: who, when, what, why. */
export async function CredentialHistory({ entries }: { entries: HistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("hrCredentials"), getFormatter()]);
  if (entries.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  return (
    <ol className="relative space-y-5 border-l border-slate-200 pl-6" data-testid="credential-history">
      {entries.map((e) => (
        <li key={e.id} className="relative" data-testid="history-entry" data-action={e.action}>
          <span
            aria-hidden
            className={`absolute -left-[31px] top-1.5 h-3 w-3 rounded-full ring-4 ring-white ${DOT[e.action]}`}
          />
          <p>
            <span className="font-semibold">{t(`history.actions.${KEY[e.action]}`)}</span>{" "}
            <span className="text-slate-600">
              {e.actorName ? t("history.by", { name: e.actorName }) : t("history.byUnknown")}
            </span>
          </p>
          <p className="text-sm text-slate-500">
            <time dateTime={e.at.toISOString()}>
              {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}
            </time>
          </p>
          {e.message && (
            <blockquote className="mt-2 whitespace-pre-line rounded border-l-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
              {e.message}
            </blockquote>
          )}
          {e.checklist && (
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("checklist.title")}>
              {CHECKLIST_ITEMS.map((item) => {
                const v = e.checklist![item];
                const label =
                  item === "trainingHours"
                    ? t("checklist.trainingHours", { min: MIN_TRAINING_HOURS })
                    : t(`checklist.${item}`);
                return (
                  <li
                    key={item}
                    className={v === true ? "text-emerald-800" : v === false ? "text-red-700" : "text-slate-500"}
                  >
                    <span aria-hidden>{v === true ? "✓ " : v === false ? "✗ " : "– "}</span>
                    {label}
                    <span className="sr-only">
                      , {v === true ? t("history.ticked") : v === false ? t("history.notTicked") : t("notApplicable")}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
