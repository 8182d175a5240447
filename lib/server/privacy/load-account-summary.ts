import "server-only";
import type { Db } from "../../db/client";
import type { Actor } from "../../domain/roles";

/**
 * What /account shows the signed-in person about themself: their attributes, roles and how many
 * records carry their name. Only ever the actor's own row (no person id is taken).
 */
export async function loadAccountSummary(prisma: Db, actor: Actor) {
  const userId = actor.id;
  const [user, requests, engagements, sessions, feedback, missions, documents, photos] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        name: true,
        email: true,
        staffIndexNumber: true,
        appointmentType: true,
        gender: true,
        languages: true,
        preferredLanguage: true,
        entity: { select: { nameEn: true, nameFr: true } },
        dutyStation: { select: { nameEn: true, nameFr: true } },
        supervisor: { select: { name: true, email: true } },
        roles: { select: { role: true }, orderBy: { role: "asc" } },
      },
    }),
    prisma.matchRequest.count({ where: { seekerId: userId } }),
    prisma.engagement.count({ where: { OR: [{ seekerId: userId }, { profile: { userId } }] } }),
    prisma.engagementSession.count({
      where: { engagement: { OR: [{ seekerId: userId }, { profile: { userId } }] } },
    }),
    prisma.sessionFeedback.count({ where: { authorId: userId } }),
    prisma.mission.count({
      where: { OR: [{ coacheeId: userId }, { sponsorId: userId }, { hrId: userId }, { coachProfile: { userId } }] },
    }),
    prisma.credentialDocument.count({ where: { coachProfile: { userId } } }),
    prisma.matchingProfile.count({ where: { userId, photoKey: { not: null } } }),
  ]);
  const languageNames = await prisma.language.findMany({
    where: { code: { in: user.languages } },
    select: { code: true, nameEn: true, nameFr: true },
  });
  return {
    ...user,
    roles: user.roles.map((r) => r.role),
    languages: user.languages.map(
      (code) => languageNames.find((l) => l.code === code) ?? { code, nameEn: code, nameFr: code },
    ),
    counts: { requests, engagements, sessions, feedback, missions, files: documents + photos },
  };
}

export type AccountSummary = Awaited<ReturnType<typeof loadAccountSummary>>;
