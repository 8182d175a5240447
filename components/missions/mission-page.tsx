import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { MissionView } from "@/lib/server/missions/load-mission";
import { hasMissionActions, MissionActions } from "./mission-actions";
import { MissionContracts } from "./mission-contracts";
import { MissionFraming } from "./mission-framing";
import { MissionHeader } from "./mission-header";
import { MissionIntermediateMeetings } from "./mission-intermediate";
import { MissionMilestones } from "./mission-milestones";
import {
  FollowUpOutcome,
  IndicatorResults,
  MidpointOutcome,
  MissionEnding,
  MissionSynthesis,
} from "./mission-outcomes";
import { personName } from "./mission-parts";
import { MissionProgress } from "./mission-progress";
import { MissionProposal } from "./mission-proposal";
import { MissionRequests } from "./mission-requests";
import { CoachEnding, MissionCheckIns, MissionSessions } from "./mission-sessions";

/** The step-by-step view of one mission, for one of its parties: only what they may read, only their actions. */
export async function MissionPage({
  view,
  timeZone,
  requested,
}: {
  view: MissionView;
  timeZone: string;
  requested: boolean;
}) {
  const t = await getTranslations("missions");
  const coachee = personName(view.people.coachee);
  const sponsor = personName(view.people.sponsor);
  return (
    <div className="space-y-6">
      <MissionHeader view={view} />
      {requested && (
        <Alert tone="success" size="md">
          ✓ {t("requestedFlash", { coachee })}
        </Alert>
      )}
      {(view.party === "sponsor" || view.party === "hr") && (
        <Alert tone="info" size="md" className="text-sm" data-testid="sponsor-confidentiality">
          {t("confidentiality.sponsor", { coachee })}
        </Alert>
      )}
      {view.party === "coachee" && (
        <Alert tone="info" size="md" className="text-sm">
          {t("confidentiality.coachee", { sponsor })}
        </Alert>
      )}
      <MissionProgress view={view} timeZone={timeZone} />
      {hasMissionActions(view) && <MissionActions view={view} />}
      <MissionRequests view={view} timeZone={timeZone} />
      <MissionFraming view={view} timeZone={timeZone} />
      <MissionMilestones view={view} timeZone={timeZone} />
      <MissionIntermediateMeetings view={view} timeZone={timeZone} />
      <MissionProposal view={view} timeZone={timeZone} />
      <MissionContracts view={view} timeZone={timeZone} />
      <MidpointOutcome view={view} />
      <IndicatorResults view={view} />
      <MissionSynthesis view={view} />
      <FollowUpOutcome view={view} />
      <MissionEnding view={view} />
      <MissionSessions view={view} />
      <MissionCheckIns view={view} timeZone={timeZone} />
      <CoachEnding view={view} />
    </div>
  );
}
