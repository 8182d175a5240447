import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { link } from "@/components/ui/styles";
import { DEFAULT_TERMS, type ProposalTerms } from "@/lib/domain/mission-terms";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { CoacheeRequestForm, ConsentButtons, ValidateRequestsButton } from "./framing-actions";
import {
  FollowUpEvaluationForm,
  IndicatorEvaluationForm,
  MidpointForm,
  StartClosingButton,
  SynthesisForm,
} from "./progress-actions";
import { ContractAcceptForm, ProposalForm, ProposalReviewForm } from "./proposal-actions";
import { personName } from "./mission-parts";

/** Whether the reader has anything to do on the mission now (then "Your actions" is shown). */
export function hasMissionActions({ can }: MissionView): boolean {
  return (
    can.writeCoacheeRequest ||
    can.validateRequests ||
    can.decideConsent ||
    can.decline ||
    can.submitProposal ||
    Boolean(can.reviewProposalId) ||
    Boolean(can.acceptContractId) ||
    can.recordMidpoint ||
    can.startClosing ||
    can.evaluateIndicators ||
    can.writeSynthesis ||
    can.evaluateFollowUp
  );
}

/** "Your actions": the forms of the steps the reader may take now, and only those. */
export async function MissionActions({ view }: { view: MissionView }) {
  const t = await getTranslations("missions");
  const { can } = view;
  const sponsor = personName(view.people.sponsor);
  const inReview = view.proposals.find((p) => p.status === "in_review");
  const openContract = view.contracts.find((c) => c.status === "open");
  const initialTerms: ProposalTerms = view.proposals[0] ?? {
    ...DEFAULT_TERMS,
    organisationObjectives: "",
    coacheeObjectives: "",
    indicators: [],
    cost: "",
  };
  const revising = view.proposals.length > 0;
  const proposalForm = <ProposalForm missionId={view.id} initial={initialTerms} revising={revising} />;
  return (
    <Card heading={t("yourActions")} headingId="your-actions" className="border-l-4 border-amber-400">
      <div className="mt-3 space-y-4">
        {can.writeCoacheeRequest && (
          <CoacheeRequestForm
            missionId={view.id}
            text={view.coacheeRequest.text}
            language={view.coacheeRequest.text ? view.coacheeRequest.language : null}
            shared={view.coacheeRequest.shared}
            sponsorName={sponsor}
          />
        )}
        {can.validateRequests && <ValidateRequestsButton missionId={view.id} ready={view.coacheeRequest.written} />}
        {(can.decideConsent || can.decline) && <ConsentButtons missionId={view.id} canConsent={can.decideConsent} />}
        {can.submitProposal &&
          (inReview && !inReview.reviews.some((r) => r.decision === "commented") ? (
            // A version is under review without comments: revising stays possible, folded away.
            <details className="rounded border border-slate-200 p-3">
              <summary className="cursor-pointer font-medium text-slate-700">{t("proposal.revise")}</summary>
              <div className="mt-3">{proposalForm}</div>
            </details>
          ) : (
            proposalForm
          ))}
        {can.reviewProposalId && inReview && (
          <ProposalReviewForm proposalId={can.reviewProposalId} version={inReview.version} />
        )}
        {can.acceptContractId && openContract && (
          <>
            <p className="text-sm">
              <Link href={`/missions/${view.id}/contract`} className={link}>
                {t("contract.read", { version: openContract.version })}
              </Link>
            </p>
            <ContractAcceptForm
              contractId={can.acceptContractId}
              version={openContract.version}
              canRequestChanges={can.requestContractChanges}
            />
          </>
        )}
        {can.recordMidpoint && <MidpointForm missionId={view.id} />}
        {can.startClosing && <StartClosingButton missionId={view.id} />}
        {can.evaluateIndicators && <IndicatorEvaluationForm missionId={view.id} indicators={view.indicators} />}
        {can.writeSynthesis && view.synthesis && (
          <SynthesisForm
            missionId={view.id}
            synthesis={view.synthesis.text ?? ""}
            recommendations={view.synthesis.recommendations ?? ""}
            language={view.synthesis.text ? view.synthesis.language : null}
            presented={Boolean(view.synthesis.presentedAt)}
            canPresent={can.presentSynthesis}
            sponsorName={sponsor}
          />
        )}
        {can.evaluateFollowUp && view.followUp && (
          <FollowUpEvaluationForm missionId={view.id} initial={view.followUp} sponsorName={sponsor} />
        )}
      </div>
    </Card>
  );
}
