import "server-only";
import type { Db } from "../../db/client";
import { isAuditAction } from "../../domain/audit-actions";
import { personStatus } from "../../domain/people-departure";
import { can, type Actor } from "../../domain/roles";
import type { PersonInput } from "../../validation/person";
import { DomainError } from "../errors";

/** How many audit rows the person page shows (newest first). */
export const PERSON_AUDIT_ROWS = 100;

/**
 * A person as the people administration shows them: the form's values, status, roles, and the
 * audit trail of changes made to them (who, what, when). Not found for anyone erased.
 */
export async function loadPerson(prisma: Db, actor: Actor, personId: string) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const u = await prisma.user.findUnique({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      email: true,
      staffIndexNumber: true,
      entityId: true,
      dutyStationId: true,
      appointmentType: true,
      supervisor: { select: { email: true } },
      languages: true,
      gender: true,
      preferredLanguage: true,
      disabledAt: true,
      leftAt: true,
      anonymisedAt: true,
      createdAt: true,
      roles: { select: { role: true }, orderBy: { role: "asc" } },
    },
  });
  if (!u || u.anonymisedAt) throw new DomainError("notFound");
  const trail = await prisma.auditLog.findMany({
    where: { targetType: "User", targetId: personId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: PERSON_AUDIT_ROWS,
    select: { id: true, at: true, action: true, data: true, actor: { select: { name: true, email: true } } },
  });
  const values: PersonInput = {
    name: u.name ?? "",
    email: u.email,
    staffIndexNumber: u.staffIndexNumber ?? "",
    entityId: u.entityId ?? "",
    dutyStationId: u.dutyStationId ?? "",
    appointmentType: u.appointmentType ?? "",
    supervisorEmail: u.supervisor?.email ?? "",
    languages: u.languages.join(", "),
    gender: u.gender ?? "",
    preferredLanguage: u.preferredLanguage,
  };
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    values,
    status: personStatus(u),
    disabledAt: u.disabledAt,
    leftAt: u.leftAt,
    createdAt: u.createdAt,
    roles: u.roles.map((r) => r.role),
    trail: trail.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action,
      known: isAuditAction(row.action),
      actor: row.actor ? (row.actor.name ?? row.actor.email) : null,
      changes: changedFields(row.data),
      role: roleOf(row.data),
      via: viaOf(row.data),
    })),
  };
}
export type LoadedPerson = Awaited<ReturnType<typeof loadPerson>>;

function record(data: unknown): Record<string, unknown> | null {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}
/** The fields a person.update row changed, with their old and new values as text. */
function changedFields(data: unknown): { field: string; from: string; to: string }[] {
  // A SCIM client's change names its fields only (scim.user.update: { changed: [...] }).
  const named = record(data)?.changed;
  if (Array.isArray(named))
    return named.filter((field) => typeof field === "string").map((field) => ({ field, from: "", to: "" }));
  const changes = record(record(data)?.changes);
  if (!changes) return [];
  const text = (v: unknown) => (Array.isArray(v) ? v.join(", ") : v === null || v === undefined ? "" : String(v));
  return Object.entries(changes).map(([field, c]) => ({
    field,
    from: text(record(c)?.from),
    to: text(record(c)?.to),
  }));
}
function roleOf(data: unknown): string | null {
  const role = record(data)?.role;
  return typeof role === "string" ? role : null;
}
function viaOf(data: unknown): string | null {
  const via = record(data)?.via;
  return typeof via === "string" ? via : null;
}
