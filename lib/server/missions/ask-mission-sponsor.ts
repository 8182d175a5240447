import "server-only";
import type { Db } from "../../db/client";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";
import { FINAL_STATUSES } from "../../domain/mission-lifecycle";
import { MAX_MISSION_TEXT } from "../../domain/mission-terms";
import { can, type Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { audit } from "../audit";
import { lockUser } from "../db/locks";
import { TX_OPTIONS } from "../db/transaction";
import { missionEmail } from "../../email/mission-emails";
import { queueEmail } from "../../email/outbox";
import { appUrl } from "../app-url";
import { DomainError, FieldDomainError } from "../errors";
import { kickOutbox } from "../outbox-worker";
import { recipient, recipientSelect } from "../recipients";
import { writerLanguage } from "./writer-language";

export type AskMissionSponsorInput = {
  sponsorId: string;
  coachProfileId: string;
  coacheeRequest: string;
  language?: Locale;
};

/**
 * A staff member who may be coached starts a tripartite request themself: they choose a coach and
 * the sponsor (their manager, or someone from HR) they address it to, and write their own request,
 * which that sponsor reads. Only that sponsor may take it up; nothing else happens until then.
 */
export async function askMissionSponsor(
  prisma: Db,
  actor: Actor,
  input: AskMissionSponsorInput,
  now: Date = new Date(),
): Promise<{ requestId: string }> {
  if (!can(actor.roles, "ask:mission-sponsor")) throw new DomainError("forbidden");
  const text = input.coacheeRequest.trim();
  if (!text) throw new FieldDomainError("coacheeRequestRequired", "coacheeRequest");
  if (text.length > MAX_MISSION_TEXT) throw new FieldDomainError("textTooLong", "coacheeRequest");
  const requestId = await prisma.$transaction(async (tx) => {
    await lockUser(tx, actor.id);
    const openAsks = await tx.missionSponsorshipRequest.count({ where: { coacheeId: actor.id, status: "open" } });
    const openMissions = await tx.mission.count({
      where: { coacheeId: actor.id, status: { notIn: [...FINAL_STATUSES] } },
    });
    if (openAsks + openMissions > 0) throw new DomainError("sponsorshipAlreadyOpen");
    const sponsor = await tx.user.findUnique({
      where: { id: input.sponsorId },
      select: { id: true, disabledAt: true, roles: { select: { role: true } }, ...recipientSelect },
    });
    if (!sponsor || sponsor.id === actor.id || sponsor.disabledAt || !sponsor.roles.some((r) => r.role === "sponsor"))
      throw new FieldDomainError("sponsorInvalid", "sponsorId");
    const profile = await tx.matchingProfile.findFirst({
      where: { id: input.coachProfileId, kind: "coach", ...LISTED_PROFILE },
      select: { id: true, userId: true, user: { select: { name: true } } },
    });
    if (!profile || [actor.id, sponsor.id].includes(profile.userId))
      throw new FieldDomainError("coachNotApproved", "coachProfileId");
    const me = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { name: true } });
    const row = await tx.missionSponsorshipRequest.create({
      data: {
        coacheeId: actor.id,
        sponsorId: sponsor.id,
        coachProfileId: profile.id,
        coacheeRequest: text,
        language: await writerLanguage(tx, actor.id, input.language),
        createdAt: now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.id,
      action: "mission.sponsorship.ask",
      targetType: "MissionSponsorshipRequest",
      targetId: row.id,
      data: { sponsorId: sponsor.id, coachProfileId: profile.id },
    });
    await queueEmail(
      tx,
      missionEmail(
        recipient(sponsor),
        "sponsorshipAsked",
        { coachee: me.name, sponsor: sponsor.name, coach: profile.user.name, actor: me.name },
        appUrl("/missions"),
      ),
    );
    return row.id;
  }, TX_OPTIONS);
  void kickOutbox();
  return { requestId };
}
