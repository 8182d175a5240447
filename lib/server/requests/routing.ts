import "server-only";
// What every request verb shares inside its transaction: the row locks (always coach profile
// first, then the client's User row — the client's row is the request's mutex), asking a choice,
// and moving on to the next choice or exhausting the request. Rules: lib/domain/coach-request.ts.
import { createTranslator } from "next-intl";
import { answerDueAt, hasFreePlace, nextStep, type ChoiceStatus } from "../../domain/coach-request";
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

/** Many people may act on one coach at once: each transaction waits its turn at the row locks. */
export const TX_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

/**
 * Locks a matching profile (FOR UPDATE): by id, or a person's profile of one kind; returns what
 * capacity checks need, or null.
 */
export async function lockCoachProfile(tx: Tx, where: { id: string } | { userId: string; kind?: ProfileKind }) {
  const rows =
    "id" in where
      ? await tx.$queryRaw<LockedProfile[]>`
          select "id", "userId", "kind"::text as "kind", "programmeId", "status"::text as "status", "availability"::text as "availability", "capacity"
          from "CoachProfile" where "id" = ${where.id} for update`
      : await tx.$queryRaw<LockedProfile[]>`
          select "id", "userId", "kind"::text as "kind", "programmeId", "status"::text as "status", "availability"::text as "availability", "capacity"
          from "CoachProfile" where "userId" = ${where.userId} and "kind" = ${where.kind ?? "coach"}::"ProfileKind" for update`;
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
  const target = await tx.coachRequestChoice.findUnique({
    where: { id: choiceId },
    select: { coachProfileId: true, request: { select: { clientId: true } } },
  });
  if (!target) throw new DomainError("notFound");
  const profile = await lockCoachProfile(tx, { id: target.coachProfileId });
  if (!profile || profile.userId !== actor.id) throw new DomainError("forbidden");
  if (!can(actor.roles, matchingRules(profile.kind).providerPermission)) throw new DomainError("forbidden");
  return { profile, clientId: target.request.clientId };
}

/** Locks a person's User row: every change to their requests and engagements goes through it. */
export async function lockUser(tx: Tx, userId: string): Promise<void> {
  await tx.$queryRaw`select "id" from "User" where "id" = ${userId} for update`;
}

export function activeEngagements(tx: Tx, coachProfileId: string): Promise<number> {
  return tx.engagement.count({ where: { coachProfileId, status: "active" } });
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

/** A note stored with a choice the system declined (in the client's language: they read it). */
export function declineNote(locale: Locale, note: "paused" | "unavailable"): string {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: "requests.notes" })(note);
}

const requestInclude = {
  programme: {
    select: { type: true, nameEn: true, nameFr: true, requestTimeoutWorkingDays: true, maxClientsPerCoach: true },
  },
  client: { select: { ...recipientSelect, entity: { select: { nameEn: true, nameFr: true } } } },
  choices: {
    orderBy: { rank: "asc" },
    include: {
      coachProfile: {
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
} satisfies Prisma.CoachRequestInclude;
export type LoadedRequest = Prisma.CoachRequestGetPayload<{ include: typeof requestInclude }>;

export function loadRequest(tx: Tx, id: string): Promise<LoadedRequest | null> {
  return tx.coachRequest.findUnique({ where: { id }, include: requestInclude });
}

type Choice = LoadedRequest["choices"][number];

/** Asks one choice: pending, its own askedAt and dueAt, and an e-mail to the coach in their language. */
export async function askChoice(tx: Tx, request: LoadedRequest, choice: Choice, now: Date): Promise<Date> {
  const dueAt = answerDueAt(now, request.programme.requestTimeoutWorkingDays);
  await tx.coachRequestChoice.update({ where: { id: choice.id }, data: { status: "pending", askedAt: now, dueAt } });
  const coach = choice.coachProfile.user;
  const locale = coach.preferredLanguage;
  await queueEmail(
    tx,
    coachAskedEmail(recipient(coach), {
      clientName: request.client.name,
      entity: request.client.entity
        ? locale === "fr"
          ? request.client.entity.nameFr
          : request.client.entity.nameEn
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
 * coach can still take a client (others are declined with a note), or exhausts the request.
 * The client is told by e-mail either way. Call with the client's User row locked.
 */
export async function moveOn(
  tx: Tx,
  requestId: string,
  now: Date,
  why: { coachName: string | null; why: MoveReason; reason?: string | null },
): Promise<"asked" | "exhausted"> {
  const request = (await loadRequest(tx, requestId))!;
  const client = recipient(request.client);
  const statuses = request.choices.map((c) => ({ ...c, status: c.status as ChoiceStatus }));
  for (;;) {
    const step = nextStep(statuses);
    if (step.kind === "exhausted") {
      await tx.coachRequest.update({ where: { id: request.id }, data: { status: "exhausted", closedAt: now } });
      await audit(tx, { actorId: null, action: "request.exhaust", targetType: "CoachRequest", targetId: request.id });
      const directory = isMatchedProgrammeType(request.programme.type)
        ? matchingRules(profileKindFor(request.programme.type)).directoryPath
        : "/coaches";
      await queueEmail(tx, clientExhaustedEmail(client, { ...why, url: `${appUrl()}${directory}` }));
      return "exhausted";
    }
    const choice = step.choice;
    const profile = choice.coachProfile;
    const available =
      profile.status === "approved" &&
      profile.availability === "open" &&
      !profile.user.disabledAt &&
      hasFreePlace(
        { capacity: effectiveCapacity(profile.capacity, request.programme.maxClientsPerCoach) },
        await activeEngagements(tx, profile.id),
      );
    if (!available) {
      const note = declineNote(
        request.client.preferredLanguage,
        profile.availability === "paused" ? "paused" : "unavailable",
      );
      await tx.coachRequestChoice.update({
        where: { id: choice.id },
        data: { status: "declined", answeredAt: now, declineReason: note },
      });
      await audit(tx, {
        actorId: null,
        action: "request.choice.unavailable",
        targetType: "CoachRequestChoice",
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
      targetType: "CoachRequestChoice",
      targetId: choice.id,
      data: { requestId, rank: choice.rank },
    });
    await queueEmail(
      tx,
      clientMovedOnEmail(client, { ...why, nextCoachName: profile.user.name, dueAt, url: engagementsUrl() }),
    );
    return "asked";
  }
}
