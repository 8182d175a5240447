import "server-only";
// What the request verbs share inside their transactions (lib/server/db/locks.ts says the lock
// order): the caller's own profile a choice was addressed to, asking a choice, and moving on to
// the next choice or exhausting the request. Rules: lib/domain/match-request.ts.
import { createTranslator } from "next-intl";
import { isListed } from "../../domain/coach-lifecycle";
import { answerDueAt, hasFreePlace, nextStep } from "../../domain/match-request";
import { effectiveCapacity, isMatchedProgrammeType, matchingRules, profileKindFor } from "../../domain/matching-rules";
import { can, type Actor } from "../../domain/roles";
import { clientExhaustedEmail, clientMovedOnEmail, coachAskedEmail, type MoveReason } from "../../email/request-emails";
import { queueEmail } from "../../email/outbox";
import type { Prisma } from "../../generated/prisma/client";
import type { Locale } from "../../i18n/config";
import { localized } from "../../i18n/localized";
import { messagesFor } from "../../i18n/messages";
import { appUrl, engagementsUrl } from "../app-url";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import type { Tx } from "../db/transaction";
import { countActiveEngagements } from "../engagements/count-active-engagements";
import { DomainError } from "../errors";
import { recipient, recipientSelect } from "../recipients";

/**
 * Locks the profile a request's choice was addressed to and checks it is the caller's own, with the
 * permission its kind needs (a coach's, a mentor's, anyone's networking profile).
 */
export async function lockOwnChoiceProfile(tx: Tx, actor: Actor, choiceId: string) {
  const target = await tx.matchRequestChoice.findUnique({
    where: { id: choiceId },
    select: { profileId: true, request: { select: { seekerId: true } } },
  });
  if (!target) throw new DomainError("notFound");
  const profile = await lockProfile(tx, { id: target.profileId });
  if (!profile || profile.userId !== actor.id) throw new DomainError("forbidden");
  if (!can(actor.roles, matchingRules(profile.kind).providerPermission)) throw new DomainError("forbidden");
  return { profile, seekerId: target.request.seekerId };
}

/** A note stored with a choice the system declined (in the seeker's language: they read it). */
export function declineNote(locale: Locale, note: "paused" | "unavailable"): string {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "requests.notes" })(note);
}

const requestInclude = {
  programme: {
    select: { type: true, nameEn: true, nameFr: true, requestTimeoutWorkingDays: true, profileCapacityLimit: true },
  },
  seeker: { select: { ...recipientSelect, entity: { select: { nameEn: true, nameFr: true } } } },
  choices: {
    orderBy: { rank: "asc" },
    include: {
      profile: {
        select: {
          id: true,
          status: true,
          availability: true,
          credentialLapsedAt: true,
          capacity: true,
          user: { select: { ...recipientSelect, disabledAt: true } },
        },
      },
    },
  },
} satisfies Prisma.MatchRequestInclude;
export type LoadedRequest = Prisma.MatchRequestGetPayload<{ include: typeof requestInclude }>;

/** The request with its programme, seeker and choices: one statement (relationJoins, prisma/schema.prisma). */
export function loadRequest(tx: Tx, id: string): Promise<LoadedRequest | null> {
  return tx.matchRequest.findUnique({ where: { id }, include: requestInclude });
}

type Choice = LoadedRequest["choices"][number];

/** Asks one choice: pending, its own askedAt and dueAt, and an e-mail to the asked person in their language. */
export async function askChoice(tx: Tx, request: LoadedRequest, choice: Choice, now: Date): Promise<Date> {
  const dueAt = answerDueAt(now, request.programme.requestTimeoutWorkingDays);
  await tx.matchRequestChoice.update({ where: { id: choice.id }, data: { status: "pending", askedAt: now, dueAt } });
  const coach = choice.profile.user;
  const locale = coach.preferredLanguage;
  await queueEmail(
    tx,
    coachAskedEmail(recipient(coach), {
      clientName: request.seeker.name,
      entity: request.seeker.entity ? localized(request.seeker.entity, "name", locale) : null,
      programme: localized(request.programme, "name", locale),
      message: request.message,
      dueAt,
      url: engagementsUrl(),
    }),
  );
  return dueAt;
}

/**
 * After a choice was declined or lapsed (already written): asks the next waiting choice whose
 * profile can still take someone (others are declined with a note), or exhausts the request.
 * The seeker is told by e-mail either way. Call with the seeker's User row locked.
 */
export async function moveOn(
  tx: Tx,
  requestId: string,
  now: Date,
  why: { coachName: string | null; why: MoveReason; reason?: string | null },
): Promise<"asked" | "exhausted"> {
  const request = (await loadRequest(tx, requestId))!;
  const seeker = recipient(request.seeker);
  const statuses = request.choices.map((c) => ({ ...c }));
  for (;;) {
    const step = nextStep(statuses);
    if (step.kind === "exhausted") {
      await tx.matchRequest.update({ where: { id: request.id }, data: { status: "exhausted", closedAt: now } });
      await audit(tx, { actorId: null, action: "request.exhaust", targetType: "MatchRequest", targetId: request.id });
      const directory = isMatchedProgrammeType(request.programme.type)
        ? matchingRules(profileKindFor(request.programme.type)).directoryPath
        : "/coaches";
      await queueEmail(tx, clientExhaustedEmail(seeker, { ...why, url: appUrl(directory) }));
      return "exhausted";
    }
    const choice = step.choice;
    const profile = choice.profile;
    const available =
      isListed(profile) &&
      hasFreePlace(
        { capacity: effectiveCapacity(profile.capacity, request.programme.profileCapacityLimit) },
        await countActiveEngagements(tx, profile.id),
      );
    if (!available) {
      const note = declineNote(
        request.seeker.preferredLanguage,
        profile.availability === "paused" ? "paused" : "unavailable",
      );
      await tx.matchRequestChoice.update({
        where: { id: choice.id },
        data: { status: "declined", answeredAt: now, declineReason: note },
      });
      await audit(tx, {
        actorId: null,
        action: "request.choice.unavailable",
        targetType: "MatchRequestChoice",
        targetId: choice.id,
        data: { requestId },
      });
      choice.status = "declined";
      continue;
    }
    const dueAt = await askChoice(tx, request, choice, now);
    await audit(tx, {
      actorId: null,
      action: "request.choice.ask",
      targetType: "MatchRequestChoice",
      targetId: choice.id,
      data: { requestId, rank: choice.rank },
    });
    await queueEmail(
      tx,
      clientMovedOnEmail(seeker, { ...why, nextCoachName: profile.user.name, dueAt, url: engagementsUrl() }),
    );
    return "asked";
  }
}
