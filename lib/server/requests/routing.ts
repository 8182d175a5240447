import "server-only";
// What every request verb shares inside its transaction: the row locks (always the matching profile
// first, then the seeker's User row — the seeker's row is the request's mutex), asking a choice,
// and moving on to the next choice or exhausting the request. Rules: lib/domain/match-request.ts.
import { createTranslator } from "next-intl";
import { answerDueAt, hasFreePlace, nextStep, type ChoiceStatus } from "../../domain/match-request";
import { effectiveCapacity } from "../../domain/matching-rules";
import {
  clientExhaustedEmail,
  clientMovedOnEmail,
  coachAskedEmail,
  type MoveReason,
  type Recipient,
} from "../../email/request-emails";
import { queueEmail } from "../../email/outbox";
import type { Prisma } from "../../generated/prisma/client";
import type { Locale } from "../../i18n/config";
import { messagesFor } from "../../i18n/messages";
import { isMatchedProgrammeType, matchingRules, profileKindFor, type ProfileKind } from "../../domain/matching-rules";
import { can, type Role } from "../../domain/roles";
import { audit } from "../audit";
import { DomainError } from "../errors";
import { appUrl } from "../credentials/record-decision";

export type Tx = Prisma.TransactionClient;

/** Many people may act on one profile at once: each transaction waits its turn at the row locks. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * Locks a matching profile (FOR UPDATE): by id, or a person's profile of one kind; returns what
 * capacity checks need, or null.
 */
export async function lockProfile(tx: Tx, where: { id: string } | { userId: string; kind?: ProfileKind }) {
  const rows =
    "id" in where
      ? await tx.$queryRaw<LockedProfile[]>`
          select "id", "userId", "kind"::text as "kind", "programmeId", "status"::text as "status", "availability"::text as "availability", "capacity"
          from "MatchingProfile" where "id" = ${where.id} for update`
      : await tx.$queryRaw<LockedProfile[]>`
          select "id", "userId", "kind"::text as "kind", "programmeId", "status"::text as "status", "availability"::text as "availability", "capacity"
          from "MatchingProfile" where "userId" = ${where.userId} and "kind" = ${where.kind ?? "coach"}::"ProfileKind" for update`;
  return rows[0] ?? null;
}
export type LockedProfile = {
  id: string;
  userId: string;
  kind: ProfileKind;
  programmeId: string | null;
  status: string;
  availability: string;
  capacity: number;
};

/**
 * Locks the profile a request's choice was addressed to and checks it is the caller's own, with the
 * permission its kind needs (a coach's, a mentor's, anyone's networking profile).
 */
export async function lockOwnChoiceProfile(tx: Tx, actor: { id: string; roles: readonly Role[] }, choiceId: string) {
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

/** Locks a person's User row: every change to their requests and engagements goes through it. */
export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`select "id" from "User" where "id" = ${userId} for update`;
}

export function activeEngagements(tx: Tx, profileId: string): Promise<number> {
  return tx.engagement.count({ where: { profileId, status: "active" } });
}

export const recipientSelect = { email: true, name: true, preferredLanguage: true, timeZone: true } as const;
export function recipient(user: {
  email: string;
  name: string | null;
  preferredLanguage: Locale;
  timeZone: string;
}): Recipient {
  return { to: user.email, name: user.name, locale: user.preferredLanguage, timeZone: user.timeZone };
}

export const engagementsUrl = () => `${appUrl()}/engagements`;

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
          capacity: true,
          user: { select: { ...recipientSelect, disabledAt: true } },
        },
      },
    },
  },
} satisfies Prisma.MatchRequestInclude;
export type LoadedRequest = Prisma.MatchRequestGetPayload<{ include: typeof requestInclude }>;

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
      entity: request.seeker.entity
        ? locale === "fr"
          ? request.seeker.entity.nameFr
          : request.seeker.entity.nameEn
        : null,
      programme: locale === "fr" ? request.programme.nameFr : request.programme.nameEn,
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
  const statuses = request.choices.map((c) => ({ ...c, status: c.status as ChoiceStatus }));
  for (;;) {
    const step = nextStep(statuses);
    if (step.kind === "exhausted") {
      await tx.matchRequest.update({ where: { id: request.id }, data: { status: "exhausted", closedAt: now } });
      await audit(tx, { actorId: null, action: "request.exhaust", targetType: "MatchRequest", targetId: request.id });
      const directory = isMatchedProgrammeType(request.programme.type)
        ? matchingRules(profileKindFor(request.programme.type)).directoryPath
        : "/coaches";
      await queueEmail(tx, clientExhaustedEmail(seeker, { ...why, url: `${appUrl()}${directory}` }));
      return "exhausted";
    }
    const choice = step.choice;
    const profile = choice.profile;
    const available =
      profile.status === "approved" &&
      profile.availability === "open" &&
      !profile.user.disabledAt &&
      hasFreePlace(
        { capacity: effectiveCapacity(profile.capacity, request.programme.profileCapacityLimit) },
        await activeEngagements(tx, profile.id),
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
