import "server-only";
import type { Db } from "../../db/client";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";
import { CURRENT_COHORT_STATUSES } from "../../domain/enrolment";
import { carriesEndingDuty, replacementProblem } from "../../domain/early-ending";
import type { Actor } from "../../domain/roles";

export type ReplacementOption = { profileId: string; name: string };
export type EndingOptions = { kind: "coach" | "mentor"; replacements: ReplacementOption[] };

const candidateSelect = {
  id: true,
  userId: true,
  kind: true,
  programmeId: true,
  status: true,
  availability: true,
  capacity: true,
  credentialLapsedAt: true,
  user: { select: { disabledAt: true, name: true, email: true } },
  _count: { select: { engagements: { where: { status: "active" } } } },
} as const;

/**
 * For the caller's active engagements in which they are the coach (mentor): what their ending form
 * offers, the people they may propose instead (lib/domain/early-ending.ts: listed, of the programme,
 * with a free place, not themself, not the client), by name. Engagements of others are skipped.
 */
export async function loadEndingOptions(prisma: Db, actor: Actor): Promise<Map<string, EndingOptions>> {
  const mine = await prisma.engagement.findMany({
    where: { status: "active", profile: { userId: actor.id, kind: { in: ["coach", "mentor"] } } },
    select: {
      id: true,
      seekerId: true,
      programmeId: true,
      profile: { select: { kind: true } },
      programme: { select: { profileCapacityLimit: true } },
    },
  });
  const options = new Map<string, EndingOptions>();
  for (const e of mine) {
    const kind = e.profile.kind;
    if (!carriesEndingDuty("provider", kind) || kind === "networking") continue;
    const candidates = await prisma.matchingProfile.findMany({
      where: {
        kind,
        ...LISTED_PROFILE,
        userId: { notIn: [actor.id, e.seekerId] },
        ...(kind === "mentor" ? { programmeId: e.programmeId } : {}),
      },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: candidateSelect,
    });
    const ctx = {
      kind,
      programmeId: e.programmeId,
      profileCapacityLimit: e.programme.profileCapacityLimit,
      providerUserId: actor.id,
      seekerId: e.seekerId,
    };
    options.set(e.id, {
      kind,
      replacements: candidates
        .filter((c) => replacementProblem({ ...c, active: c._count.engagements }, ctx) === null)
        .map((c) => ({ profileId: c.id, name: c.user.name ?? c.user.email })),
    });
  }
  return options;
}

export type EarlyEndingNotice = {
  engagementId: string;
  kind: "coach" | "mentor";
  providerName: string;
  endedAt: Date;
  reason: string;
  alternative: string | null;
  /** The coach (mentor) proposed, and whether they can be asked now (listed, with a free place). */
  proposed: { profileId: string; name: string; available: boolean } | null;
};

/**
 * The caller's engagements (as client or mentee) that their coach (mentor) stopped early and that
 * they have not acted on yet (in a cohort still open or running): no request and no new pairing in
 * that programme since. Shown at the top of /engagements with the reasons, the proposal, and the
 * ways to choose again at once.
 */
export async function loadEarlyEndingNotices(prisma: Db, actor: Actor): Promise<EarlyEndingNotice[]> {
  const ended = await prisma.engagement.findMany({
    where: {
      seekerId: actor.id,
      status: "ended",
      // A pairing that ended after the introduction as not a fit is no early ending (its panel leads back to choosing).
      endedAsNotAFit: false,
      profile: { kind: { in: ["coach", "mentor"] } },
      // Only while the cohort is current: that is where the seat is kept and a new choice is made.
      cohort: { status: { in: [...CURRENT_COHORT_STATUSES] } },
    },
    orderBy: { endedAt: "desc" },
    select: {
      id: true,
      seekerId: true,
      programmeId: true,
      endedAt: true,
      endedById: true,
      endReason: true,
      endAlternative: true,
      programme: { select: { profileCapacityLimit: true } },
      profile: { select: { userId: true, kind: true, user: { select: { name: true, email: true } } } },
      proposedProfile: { select: candidateSelect },
    },
  });
  const notices: EarlyEndingNotice[] = [];
  const seen = new Set<string>();
  for (const e of ended) {
    const kind = e.profile.kind;
    if (kind === "networking" || e.endedById !== e.profile.userId || !e.endedAt) continue;
    // The latest ending per programme only, and only while the person has not chosen again.
    if (seen.has(e.programmeId)) continue;
    seen.add(e.programmeId);
    const [since, pairedSince] = await Promise.all([
      prisma.matchRequest.count({
        where: { seekerId: actor.id, programmeId: e.programmeId, createdAt: { gt: e.endedAt } },
      }),
      prisma.engagement.count({
        where: { seekerId: actor.id, programmeId: e.programmeId, startedAt: { gt: e.endedAt } },
      }),
    ]);
    if (since > 0 || pairedSince > 0) continue;
    const p = e.proposedProfile;
    notices.push({
      engagementId: e.id,
      kind,
      providerName: e.profile.user.name ?? e.profile.user.email,
      endedAt: e.endedAt,
      reason: e.endReason ?? "",
      alternative: e.endAlternative,
      proposed: p
        ? {
            profileId: p.id,
            name: p.user.name ?? p.user.email,
            available:
              replacementProblem(
                { ...p, active: p._count.engagements },
                {
                  kind,
                  programmeId: e.programmeId,
                  profileCapacityLimit: e.programme.profileCapacityLimit,
                  providerUserId: e.profile.userId,
                  seekerId: e.seekerId,
                },
              ) === null,
          }
        : null,
    });
  }
  return notices;
}
