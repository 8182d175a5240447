import "server-only";
import type { Db } from "../../db/client";
import { checkChoices, hasFreePlace, MAX_REQUEST_MESSAGE } from "../../domain/coach-request";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { findCoachingEnrolment } from "./coaching-enrolment";
import { FieldDomainError } from "./field-error";
import { activeEngagements, askChoice, loadRequest, lockUser, TX_OPTIONS } from "./routing";

export type Actor = { id: string; roles: readonly Role[] };

/**
 * A client asks for a coach: up to three coaches in order of preference and a message. The
 * request belongs to the programme of the client's coaching cohort; the first choice is asked
 * at once (e-mail to the coach, answer due in the programme's working days).
 */
export async function requestCoach(
  prisma: Db,
  actor: Actor,
  input: { coachProfileIds: string[]; message: string },
  now: Date = new Date(),
): Promise<{ requestId: string }> {
  if (!can(actor.roles, "request:coach")) throw new DomainError("forbidden");
  const message = input.message.trim();
  if (!message) throw new FieldDomainError("requestMessageRequired", "message");
  if (message.length > MAX_REQUEST_MESSAGE) throw new FieldDomainError("textTooLong", "message");
  const check = checkChoices(input.coachProfileIds);
  if (!check.ok) throw new FieldDomainError(check.error, `choice${Math.min(check.index, 2) + 1}`);

  const requestId = await prisma.$transaction(async (tx) => {
    const enrolment = await findCoachingEnrolment(tx, actor.id);
    if (!enrolment) throw new DomainError("notEnrolledForCoaching");
    // The client's row serialises their requests: two submissions at once make one request.
    await lockUser(tx, actor.id);
    const open = await tx.coachRequest.count({ where: { clientId: actor.id, programmeId: enrolment.programmeId, status: "open" } });
    if (open > 0) throw new DomainError("requestAlreadyOpen");
    const engaged = await tx.engagement.count({ where: { clientId: actor.id, programmeId: enrolment.programmeId, status: "active" } });
    if (engaged > 0) throw new DomainError("alreadyEngaged");

    const profiles = await tx.coachProfile.findMany({
      where: { id: { in: input.coachProfileIds } },
      select: { id: true, userId: true, status: true, availability: true, capacity: true, user: { select: { disabledAt: true } } },
    });
    for (const [i, id] of input.coachProfileIds.entries()) {
      const field = `choice${i + 1}`;
      const p = profiles.find((x) => x.id === id);
      if (!p || p.status !== "approved" || p.user.disabledAt) throw new FieldDomainError("coachNotApproved", field);
      if (p.userId === actor.id) throw new FieldDomainError("cannotChooseSelf", field);
      if (p.availability !== "open") throw new FieldDomainError("coachPaused", field);
      if (!hasFreePlace(p, await activeEngagements(tx, p.id))) throw new FieldDomainError("coachFull", field);
    }

    const created = await tx.coachRequest.create({
      data: {
        programmeId: enrolment.programmeId,
        cohortId: enrolment.cohortId,
        clientId: actor.id,
        message,
        choices: { create: input.coachProfileIds.map((coachProfileId, i) => ({ rank: i + 1, coachProfileId })) },
      },
      select: { id: true },
    });
    const request = (await loadRequest(tx, created.id))!;
    const dueAt = await askChoice(tx, request, request.choices[0], now);
    await audit(tx, {
      actorId: actor.id,
      action: "request.create",
      targetType: "CoachRequest",
      targetId: created.id,
      data: { coachProfileIds: input.coachProfileIds, dueAt: dueAt.toISOString() },
    });
    return created.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { requestId };
}
