import "server-only";
import type { Db } from "../../db/client";
import { whyNotListed } from "../../domain/coach-lifecycle";
import { checkChoices, hasFreePlace, MAX_REQUEST_MESSAGE } from "../../domain/match-request";
import { effectiveCapacity, matchingRules, type ProfileKind } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { findMatchingProgramme } from "./coaching-enrolment";
import { askChoice, loadRequest } from "./routing";

/**
 * A person asks for a match: a client for a coach, a mentee for a mentor (up to three, in order
 * of preference), or anyone for a networking conversation with one colleague who opted in; with a
 * message. The request belongs to the programme of the asker's cohort (networking: the networking
 * programme); the first choice is asked at once (e-mail, answer due in the programme's working
 * days). What differs between kinds comes from lib/domain/matching-rules.ts.
 */
export async function requestMatch(
  prisma: Db,
  actor: Actor,
  input: { profileIds: string[]; message: string; kind?: ProfileKind },
  now: Date = new Date(),
): Promise<{ requestId: string }> {
  const kind = input.kind ?? "coach";
  const rules = matchingRules(kind);
  if (!can(actor.roles, rules.requestPermission)) throw new DomainError("forbidden");
  const message = input.message.trim();
  if (!message) throw new FieldDomainError("requestMessageRequired", "message");
  if (message.length > MAX_REQUEST_MESSAGE) throw new FieldDomainError("textTooLong", "message");
  const check = checkChoices(input.profileIds, rules.maxChoices);
  if (!check.ok) throw new FieldDomainError(check.error, `choice${Math.min(check.index, rules.maxChoices - 1) + 1}`);

  const requestId = await prisma.$transaction(async (tx) => {
    const programme = await findMatchingProgramme(tx, actor.id, rules);
    if (!programme)
      throw new DomainError(
        kind === "coach"
          ? "notEnrolledForCoaching"
          : kind === "mentor"
            ? "notEnrolledForMentoring"
            : "networkingUnavailable",
      );
    // The asker's row serialises their requests: two submissions at once make one request.
    await lockUser(tx, actor.id);
    if (rules.onePairingAtATime) {
      const open = await tx.matchRequest.count({
        where: { seekerId: actor.id, programmeId: programme.programmeId, status: "open" },
      });
      if (open > 0) throw new DomainError("requestAlreadyOpen");
      const engaged = await tx.engagement.count({
        where: { seekerId: actor.id, programmeId: programme.programmeId, status: "active" },
      });
      if (engaged > 0) throw new DomainError("alreadyEngaged");
    } else {
      // Side by side, but never twice with the same colleague.
      const withSame = await tx.matchRequest.count({
        where: {
          seekerId: actor.id,
          programmeId: programme.programmeId,
          status: "open",
          choices: { some: { profileId: { in: input.profileIds } } },
        },
      });
      if (withSame > 0) throw new FieldDomainError("requestAlreadyOpenWith", "choice1");
      const engagedWith = await tx.engagement.count({
        where: {
          seekerId: actor.id,
          programmeId: programme.programmeId,
          status: "active",
          profileId: { in: input.profileIds },
        },
      });
      if (engagedWith > 0) throw new FieldDomainError("alreadyEngagedWith", "choice1");
    }

    const profiles = await tx.matchingProfile.findMany({
      where: { id: { in: input.profileIds } },
      select: {
        id: true,
        userId: true,
        kind: true,
        programmeId: true,
        status: true,
        availability: true,
        credentialLapsedAt: true,
        capacity: true,
        user: { select: { disabledAt: true } },
      },
    });
    for (const [i, id] of input.profileIds.entries()) {
      const field = `choice${i + 1}`;
      const p = profiles.find((x) => x.id === id);
      const inProgramme = p && p.kind === kind && (kind === "coach" || p.programmeId === programme.programmeId);
      const unlisted = p && inProgramme ? whyNotListed(p) : "notApproved";
      if (!p || unlisted === "notApproved") throw new FieldDomainError("coachNotApproved", field);
      if (p.userId === actor.id) throw new FieldDomainError("cannotChooseSelf", field);
      if (unlisted === "paused") throw new FieldDomainError("coachPaused", field);
      const capacity = effectiveCapacity(p.capacity, programme.profileCapacityLimit);
      if (!hasFreePlace({ capacity }, await countActiveEngagements(tx, p.id)))
        throw new FieldDomainError("coachFull", field);
    }

    // The message is in the language the seeker uses the app in (their preferred language).
    const seeker = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { preferredLanguage: true } });
    const created = await tx.matchRequest.create({
      data: {
        programmeId: programme.programmeId,
        cohortId: programme.cohortId,
        seekerId: actor.id,
        message,
        language: seeker.preferredLanguage,
        choices: { create: input.profileIds.map((profileId, i) => ({ rank: i + 1, profileId })) },
      },
      select: { id: true },
    });
    const request = (await loadRequest(tx, created.id))!;
    const dueAt = await askChoice(tx, request, request.choices[0], now);
    await audit(tx, {
      actorId: actor.id,
      action: "request.create",
      targetType: "MatchRequest",
      targetId: created.id,
      data: { kind, profileIds: input.profileIds, dueAt: dueAt.toISOString() },
    });
    return created.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { requestId };
}
