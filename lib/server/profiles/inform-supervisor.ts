import "server-only";
import type { Db } from "../../db/client";
import { can, type Actor } from "../../domain/roles";
import { queueEmail } from "../../email/outbox";
import { supervisorNoticeEmail } from "../../email/supervisor-notice-email";
import type { Locale } from "../../i18n/config";
import { informSupervisorSchema, type InformSupervisorInput } from "../../validation/inform-supervisor";
import { audit } from "../audit";
import { lockProfile } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { allowHit } from "../rate-limit";

/** At most this many courtesy e-mails per person and hour: enough to correct an address, not to flood one. */
export const SUPERVISOR_NOTICES_PER_HOUR = 5;

/** Why the e-mail was not sent, as keys of "informSupervisor.errors" (the action translates them). */
export type SupervisorNoticeRefusalCode = "noProfileCoach" | "noProfileMentor" | "profileClosed" | "tooMany";

export class SupervisorNoticeRefusal extends Error {
  constructor(readonly code: SupervisorNoticeRefusalCode) {
    super(code);
  }
}

const PERMISSION = { coach: "manage:coach-profile:own", mentor: "manage:mentor-profile:own" } as const;

export type SupervisorNoticeSent = { sentAt: Date; to: string; locale: Locale };

/**
 * A coach or mentor sends their supervisor a courtesy e-mail about their role (seed 000: approval is
 * not needed, informing is recommended). Only about the caller's own profile of that kind (found by
 * their user id, never an id from the browser), while it is not rejected or withdrawn. The e-mail is
 * in the supervisor's language when they are a known person, else in the sender's; the profile
 * records when it was sent. It may be sent again.
 */
export async function informSupervisor(
  prisma: Db,
  actor: Actor,
  raw: InformSupervisorInput,
  now = new Date(),
): Promise<SupervisorNoticeSent> {
  const parsed = informSupervisorSchema.safeParse(raw);
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "supervisorEmail"))
      throw new FieldDomainError("emailInvalid", "supervisorEmail");
    throw new DomainError("invalidInput");
  }
  const { role, supervisorEmail } = parsed.data;
  if (!can(actor.roles, PERMISSION[role])) throw new DomainError("forbidden");
  if (!(await allowHit(prisma, `inform-supervisor:${actor.id}`, SUPERVISOR_NOTICES_PER_HOUR, 3600)))
    throw new SupervisorNoticeRefusal("tooMany");

  const sent = await prisma.$transaction(async (tx) => {
    const profile = await lockProfile(tx, { userId: actor.id, kind: role });
    if (!profile) throw new SupervisorNoticeRefusal(role === "coach" ? "noProfileCoach" : "noProfileMentor");
    if (profile.status === "rejected" || profile.status === "revoked")
      throw new SupervisorNoticeRefusal("profileClosed");
    const person = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { name: true, email: true, preferredLanguage: true },
    });
    if (person.email.toLowerCase() === supervisorEmail.toLowerCase())
      throw new FieldDomainError("supervisorSelf", "supervisorEmail");
    const supervisor = await tx.user.findFirst({
      where: { email: { equals: supervisorEmail, mode: "insensitive" }, anonymisedAt: null },
      select: { name: true, preferredLanguage: true },
    });
    const programme = profile.programmeId
      ? await tx.programme.findUnique({ where: { id: profile.programmeId }, select: { nameEn: true, nameFr: true } })
      : null;
    const locale = supervisor?.preferredLanguage ?? person.preferredLanguage;

    await tx.matchingProfile.update({ where: { id: profile.id }, data: { supervisorInformedAt: now } });
    await audit(tx, {
      actorId: actor.id,
      action: "profile.inform-supervisor",
      targetType: "MatchingProfile",
      targetId: profile.id,
      data: { role, supervisorKnown: Boolean(supervisor), locale },
    });
    await queueEmail(
      tx,
      supervisorNoticeEmail(
        { to: supervisorEmail, name: supervisor?.name ?? null, locale },
        { person, role, capacity: profile.capacity, programme },
      ),
    );
    return { sentAt: now, to: supervisorEmail, locale };
  }, TX_OPTIONS);
  void kickOutbox();
  return sent;
}
