import "server-only";
import type { Db } from "../../db/client";
import type { MissionParty } from "../../domain/mission-lifecycle";
import { canSee } from "../../domain/mission-visibility";
import type { ProposalTerms } from "../../domain/mission-terms";
import type { Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { DomainError } from "../errors";
import { partyOf } from "./mission-access";

export type ContractView = {
  missionId: string;
  version: number;
  versions: number[];
  status: "open" | "accepted" | "superseded";
  createdAt: Date;
  commitmentsVersion: string;
  programme: { nameEn: string; nameFr: string };
  parties: { coachee: string | null; sponsor: string | null; coach: string | null; hr: string | null };
  /** The terms, in the language the coach wrote them in. */
  terms: ProposalTerms & { language: Locale };
  proposalVersion: number;
  acceptances: { party: MissionParty; name: string | null; acceptedAt: Date }[];
};

/** The tripartite contract (one version, the latest by default) for the printable page; parties only. */
export async function loadMissionContract(
  prisma: Db,
  actor: Actor,
  missionId: string,
  version?: number,
): Promise<ContractView | null> {
  const m = await prisma.mission.findUnique({
    where: { id: missionId },
    select: {
      id: true,
      sponsorId: true,
      hrId: true,
      coacheeId: true,
      programme: { select: { nameEn: true, nameFr: true } },
      coachee: { select: { name: true } },
      sponsor: { select: { name: true } },
      hr: { select: { name: true } },
      coachProfile: { select: { userId: true, user: { select: { name: true } } } },
      contracts: { orderBy: { version: "desc" }, select: { version: true } },
    },
  });
  const party = m && partyOf(m, actor.id);
  if (!m || !party || !canSee(party, "contract")) throw new DomainError("notFound");
  const wanted = version ?? m.contracts[0]?.version;
  if (!wanted) return null;
  const c = await prisma.missionContract.findUnique({
    where: { missionId_version: { missionId: m.id, version: wanted } },
    select: {
      version: true,
      status: true,
      createdAt: true,
      commitmentsVersion: true,
      proposal: true,
      acceptances: {
        orderBy: { acceptedAt: "asc" },
        select: { party: true, acceptedAt: true, user: { select: { name: true } } },
      },
    },
  });
  if (!c) throw new DomainError("notFound");
  const p = c.proposal;
  return {
    missionId: m.id,
    version: c.version,
    versions: m.contracts.map((x) => x.version),
    status: c.status,
    createdAt: c.createdAt,
    commitmentsVersion: c.commitmentsVersion,
    programme: m.programme,
    parties: {
      coachee: m.coachee.name,
      sponsor: m.sponsor.name,
      coach: m.coachProfile.user.name,
      hr: m.hr?.name ?? null,
    },
    terms: {
      organisationObjectives: p.organisationObjectives,
      coacheeObjectives: p.coacheeObjectives,
      indicators: p.indicators,
      durationMonths: p.durationMonths,
      sessionCount: p.sessionCount,
      sessionMinutes: p.sessionMinutes,
      rhythmWeeks: p.rhythmWeeks,
      cost: p.cost,
      followUpMonths: p.followUpMonths,
      language: p.language,
    },
    proposalVersion: p.version,
    acceptances: c.acceptances.map((a) => ({
      party: a.party as MissionParty,
      name: a.user.name,
      acceptedAt: a.acceptedAt,
    })),
  };
}
