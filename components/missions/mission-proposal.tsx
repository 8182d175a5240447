import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { missionDates } from "./mission-parts";
import { ProposalTermsView } from "./proposal-terms";

type Proposal = MissionView["proposals"][number];

/** The latest version of the coach's proposal, its reviews, and the earlier versions folded away. */
export async function MissionProposal({ view, timeZone }: { view: MissionView; timeZone: string }) {
  const [t, { day }] = await Promise.all([getTranslations("missions"), missionDates(timeZone)]);
  const [latest, ...earlier] = view.proposals;
  if (!latest) return null;
  return (
    <Card
      heading={t("proposal.title", { version: latest.version })}
      headingId="proposal"
      aside={<Badge>{t(`proposal.status.${latest.status}`)}</Badge>}
    >
      <p className="mt-1 text-sm text-slate-600">{t("proposal.sentOn", { date: day(latest.createdAt) })}</p>
      <div className="mt-3">
        <ProposalTermsView terms={latest} />
      </div>
      <h3 className="mt-4 font-semibold">{t("proposal.reviews")}</h3>
      {latest.reviews.length === 0 ? (
        <p className="text-sm text-slate-600">{t("proposal.noReview")}</p>
      ) : (
        <ul className="mt-1 space-y-2">
          {latest.reviews.map((r) => (
            <li key={r.party} className="text-sm">
              <Badge tone={r.decision === "approved" ? "success" : "warning"}>
                {t(`proposal.decision.${r.decision}`)}
              </Badge>{" "}
              {t("proposal.reviewBy", { name: r.name ?? "—", role: t(`party.${r.party}`), date: day(r.createdAt) })}
              {r.comment && <ReviewComment>{r.comment}</ReviewComment>}
            </li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && <EarlierProposals proposals={earlier} />}
    </Card>
  );
}

async function EarlierProposals({ proposals }: { proposals: Proposal[] }) {
  const t = await getTranslations("missions.proposal");
  return (
    <details className="mt-4 text-sm">
      <summary className="cursor-pointer font-medium text-slate-700">
        {t("earlier", { count: proposals.length })}
      </summary>
      <ul className="mt-2 space-y-4">
        {proposals.map((p) => (
          <li key={p.id} className="rounded border border-slate-200 p-3">
            <p className="font-semibold">
              {t("title", { version: p.version })} · {t(`status.${p.status}`)}
            </p>
            <ProposalTermsView terms={p} headingLevel={4} />
            {p.reviews
              .filter((r) => r.comment)
              .map((r) => (
                <ReviewComment key={r.party}>
                  {t("commentBy", { name: r.name ?? "—" })} {r.comment}
                </ReviewComment>
              ))}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A reviewer's comment, set off by an amber rule. */
function ReviewComment({ children }: { children: React.ReactNode }) {
  return (
    <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-400 pl-3 text-slate-700">
      {children}
    </blockquote>
  );
}
