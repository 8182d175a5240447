import "server-only";
import type { Db } from "../../db/client";
import { can, type Role } from "../../domain/roles";
import { DomainError } from "../errors";

const place = { select: { code: true, nameEn: true, nameFr: true } } as const;

/** One coach's registration as HR reviews it (documents listed, not their bytes), or null. */
export async function loadCredentialSubmission(prisma: Db, actor: { roles: readonly Role[] }, profileId: string) {
  if (!can(actor.roles, "view:credential-queue")) throw new DomainError("forbidden");
  const p = await prisma.matchingProfile.findUnique({
    where: { id: profileId },
    select: {
      id: true,
      status: true,
      availability: true,
      capacity: true,
      expertiseAreas: true,
      coachingLanguages: true,
      credentialKind: true,
      trainingHours: true,
      observedPractice: true,
      bioEn: true,
      bioFr: true,
      approachEn: true,
      approachFr: true,
      isFormerStaff: true,
      commitmentsAcceptedAt: true,
      reviewMessage: true,
      submittedAt: true,
      reviewedAt: true,
      user: {
        select: {
          name: true,
          email: true,
          languages: true,
          appointmentType: true,
          timeZone: true,
          preferredLanguage: true,
          entity: place,
          dutyStation: place,
        },
      },
      documents: {
        orderBy: { uploadedAt: "asc" },
        select: { id: true, fileName: true, contentType: true, size: true, uploadedAt: true },
      },
    },
  });
  if (!p) return null;
  const { user, ...profile } = p;
  return { ...profile, coach: user };
}

export type CredentialSubmission = NonNullable<Awaited<ReturnType<typeof loadCredentialSubmission>>>;
