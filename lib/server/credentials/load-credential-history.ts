import "server-only";
import type { Db } from "../../db/client";
import type { AuditAction } from "../../domain/audit-actions";
import { can, type Role } from "../../domain/roles";
import type { Checklist } from "../../validation/credential-review";
import { DomainError } from "../errors";
import { DECISION_AUDIT_ACTIONS } from "./record-decision";

/** The audit actions that make a registration's history: the coach's submissions and HR's decisions. */
export const HISTORY_ACTIONS = [
  "coach.submit",
  ...Object.values(DECISION_AUDIT_ACTIONS),
] as const satisfies readonly AuditAction[];
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

function isHistoryAction(action: string): action is HistoryAction {
  return HISTORY_ACTIONS.some((a) => a === action);
}

export type HistoryEntry = {
  id: string;
  at: Date;
  action: HistoryAction;
  actorName: string | null;
  /** The reason (reject, revoke) or what to change (request changes). */
  message: string | null;
  checklist: Checklist | null;
};

function asChecklist(value: unknown): Checklist | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const tick = (x: unknown) => (typeof x === "boolean" ? x : null);
  return {
    credentialValid: tick(v.credentialValid),
    trainingHours: tick(v.trainingHours),
    observedPractice: tick(v.observedPractice),
  };
}

/** Who did what to a coach's registration, and why, oldest first. */
export async function loadCredentialHistory(
  prisma: Db,
  actor: { roles: readonly Role[] },
  profileId: string,
): Promise<HistoryEntry[]> {
  if (!can(actor.roles, "view:credential-queue")) throw new DomainError("forbidden");
  const rows = await prisma.auditLog.findMany({
    where: { targetType: "MatchingProfile", targetId: profileId, action: { in: [...HISTORY_ACTIONS] } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, at: true, action: true, data: true, actor: { select: { name: true, email: true } } },
  });
  return rows.flatMap((r) => {
    if (!isHistoryAction(r.action)) return [];
    const data = (r.data && typeof r.data === "object" && !Array.isArray(r.data) ? r.data : {}) as Record<
      string,
      unknown
    >;
    const said = data.reason ?? data.message;
    const entry: HistoryEntry = {
      id: r.id,
      at: r.at,
      action: r.action,
      actorName: r.actor ? (r.actor.name ?? r.actor.email) : null,
      message: typeof said === "string" && said ? said : null,
      checklist: asChecklist(data.checklist),
    };
    return [entry];
  });
}
