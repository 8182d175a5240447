import "server-only";
import type { Db } from "../../db/client";
import { resourceStatus, resourceVisibleTo, type ResourceStatus } from "../../domain/resources";
import { can, type Actor } from "../../domain/roles";
import type { SessionPlanKey } from "../../domain/session-plans";
import type { Reader } from "../db/transaction";
import { DomainError } from "../errors";
import { participantProgrammeIds } from "./programme-membership";

const SELECT = {
  id: true,
  programmeId: true,
  titleEn: true,
  titleFr: true,
  descriptionEn: true,
  descriptionFr: true,
  languages: true,
  tags: true,
  kind: true,
  url: true,
  storageKey: true,
  fileName: true,
  fileSize: true,
  unpublishedAt: true,
  updatedAt: true,
  steps: { select: { stepKey: true }, orderBy: { stepKey: "asc" } },
} as const;

/** What a participant's page shows of a resource: never the storage key. */
export type ResourceView = {
  id: string;
  programmeId: string | null;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  languages: ("en" | "fr")[];
  tags: string[];
  kind: "article" | "video" | "document" | "other";
  /** The https link to open, or null when it is a file (then `fileName` is set). */
  url: string | null;
  fileName: string | null;
  fileSize: number | null;
  stepKeys: string[];
};

export type AdminResource = ResourceView & {
  status: ResourceStatus;
  programme: { id: string; nameEn: string; nameFr: string } | null;
};

type Row = {
  id: string;
  programmeId: string | null;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  languages: ("en" | "fr")[];
  tags: string[];
  kind: "article" | "video" | "document" | "other";
  url: string | null;
  storageKey: string | null;
  fileName: string | null;
  fileSize: number | null;
  unpublishedAt: Date | null;
  steps: { stepKey: string }[];
};

function view(r: Row): ResourceView {
  return {
    id: r.id,
    programmeId: r.programmeId,
    titleEn: r.titleEn,
    titleFr: r.titleFr,
    descriptionEn: r.descriptionEn,
    descriptionFr: r.descriptionFr,
    languages: r.languages,
    tags: r.tags,
    kind: r.kind,
    url: r.storageKey ? null : r.url,
    fileName: r.storageKey ? r.fileName : null,
    fileSize: r.storageKey ? r.fileSize : null,
    stepKeys: r.steps.map((s) => s.stepKey),
  };
}

/** Every resource with its status and programme, for programme admins, the latest changed first. */
export async function loadAdminResources(prisma: Db, actor: Actor): Promise<AdminResource[]> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  const rows = await prisma.resource.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: { ...SELECT, programme: { select: { id: true, nameEn: true, nameFr: true } } },
  });
  return rows.map((r) => ({ ...view(r), status: resourceStatus(r), programme: r.programme }));
}

/** One resource for its edit page, or null. */
export async function loadAdminResource(prisma: Db, actor: Actor, resourceId: string): Promise<AdminResource | null> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  const r = await prisma.resource.findUnique({
    where: { id: resourceId },
    select: { ...SELECT, programme: { select: { id: true, nameEn: true, nameFr: true } } },
  });
  return r ? { ...view(r), status: resourceStatus(r), programme: r.programme } : null;
}

/** The programmes a resource may belong to, with their session plan (its steps are offered). */
export async function loadResourceProgrammes(
  prisma: Db,
  actor: Actor,
): Promise<{ id: string; nameEn: string; nameFr: string; sessionPlan: SessionPlanKey }[]> {
  if (!can(actor.roles, "manage:resources:any")) throw new DomainError("forbidden");
  return prisma.programme.findMany({
    where: { archivedAt: null },
    orderBy: [{ type: "asc" }, { nameEn: "asc" }],
    select: { id: true, nameEn: true, nameFr: true, sessionPlan: true },
  });
}

async function visibleRows(prisma: Reader, actor: Actor, where: object = {}): Promise<Row[]> {
  const programmeIds = await participantProgrammeIds(prisma, actor.id);
  const rows = await prisma.resource.findMany({
    where: {
      ...where,
      unpublishedAt: null,
      OR: [{ programmeId: null }, { programmeId: { in: programmeIds } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  // The rule itself (published, complete, in the person's programmes) has the last word.
  return rows.filter((r) => resourceVisibleTo(r, programmeIds));
}

/** The published resources of the programmes the caller takes part in (and those for every programme). */
export async function loadOwnResources(prisma: Db, actor: Actor): Promise<ResourceView[]> {
  if (!can(actor.roles, "view:resources")) throw new DomainError("forbidden");
  return (await visibleRows(prisma, actor)).map(view);
}

/**
 * The published resources attached to the steps of one of the caller's engagements, by step key:
 * those of the engagement's programme (and for every programme) that the caller may see. Empty for
 * someone who is not one of its two people, or without the library.
 */
export async function loadEngagementStepResources(
  prisma: Db,
  actor: Actor,
  engagementId: string,
): Promise<Record<string, ResourceView[]>> {
  if (!can(actor.roles, "view:resources")) return {};
  const engagement = await prisma.engagement.findFirst({
    where: { id: engagementId, OR: [{ seekerId: actor.id }, { profile: { userId: actor.id } }] },
    select: { programmeId: true, sessions: { select: { stepKey: true } } },
  });
  if (!engagement) return {};
  const stepKeys = engagement.sessions.map((s) => s.stepKey);
  if (stepKeys.length === 0) return {};
  const rows = await visibleRows(prisma, actor, {
    AND: [
      { OR: [{ programmeId: null }, { programmeId: engagement.programmeId }] },
      { steps: { some: { stepKey: { in: stepKeys } } } },
    ],
  });
  const byStep: Record<string, ResourceView[]> = {};
  for (const r of rows.map(view)) {
    for (const key of r.stepKeys) if (stepKeys.includes(key)) (byStep[key] ??= []).push(r);
  }
  return byStep;
}

/**
 * A resource's file for download: to programme admins whatever its status, to a participant only
 * when they see the resource. Null when the caller may not have it (its existence is not revealed).
 */
export async function findResourceFile(
  prisma: Db,
  actor: Actor,
  resourceId: string,
): Promise<{ storageKey: string; fileName: string; contentType: string } | null> {
  const r = await prisma.resource.findUnique({ where: { id: resourceId }, select: { ...SELECT, contentType: true } });
  if (!r?.storageKey || !r.contentType) return null;
  const file = { storageKey: r.storageKey, fileName: r.fileName ?? "document", contentType: r.contentType };
  if (can(actor.roles, "manage:resources:any")) return file;
  if (!can(actor.roles, "view:resources")) return null;
  const programmeIds = await participantProgrammeIds(prisma, actor.id);
  return resourceVisibleTo(r, programmeIds) ? file : null;
}
