import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { missionDates, personName, personOf } from "./mission-parts";

const SIGNATORIES = ["coachee", "sponsor", "coach"] as const;

/** Each version of the tripartite contract: who has accepted it, who has not yet, and changes asked for. */
export async function MissionContracts({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { day }] = await Promise.all([getTranslations("missions"), missionDates(timeZone)]);
  if (view.contracts.length === 0) return null;
  return (
    <Card heading={t("contract.title")} headingId="contract">
      <ul className="mt-3 space-y-3">
        {view.contracts.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-3" data-testid={`contract-${c.status}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/missions/${view.id}/contract?version=${c.version}`} className={link}>
                {t("contract.version", { version: c.version })}
              </Link>
              <Badge tone={c.status === "accepted" ? "success" : c.status === "open" ? "info" : "neutral"}>
                {t(`contract.status.${c.status}`)}
              </Badge>
            </div>
            <ul className="mt-2 text-sm text-slate-700">
              {SIGNATORIES.map((p) => {
                const a = c.acceptances.find((x) => x.party === p);
                return (
                  <li key={p}>
                    {a
                      ? `✓ ${t("contract.acceptedBy", { name: a.name ?? "—", role: t(`party.${p}`), date: day(a.acceptedAt) })}`
                      : `○ ${t("contract.awaiting", { name: personName(personOf(view, p)), role: t(`party.${p}`) })}`}
                  </li>
                );
              })}
            </ul>
            {c.changesRequestedBy && (
              <p className="mt-2 text-sm text-slate-700">
                {t("contract.changesAsked", { role: t(`party.${c.changesRequestedBy}`) })}
                {c.changesComment && (
                  <span className="block whitespace-pre-line border-l-4 border-amber-400 pl-3">{c.changesComment}</span>
                )}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
