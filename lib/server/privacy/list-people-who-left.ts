import "server-only";
import type { Db } from "../../db/client";
import { erasableFrom, erasureStatus, RETENTION_PAGE_SIZE } from "../../domain/personal-data";
import { can, type Actor } from "../../domain/roles";
import { DomainError } from "../errors";

/**
 * The people who left the organisation and are not erased yet, longest gone first (those whose
 * retention period is over come first), a page at a time; and how many were erased already.
 */
export async function listPeopleWhoLeft(
  prisma: Db,
  actor: Actor,
  input: { page: number; retentionDays: number; now?: Date },
) {
  if (!can(actor.roles, "manage:roles:any")) throw new DomainError("forbidden");
  const now = input.now ?? new Date();
  const where = { leftAt: { not: null }, anonymisedAt: null };
  const [total, erased] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.count({ where: { anonymisedAt: { not: null } } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / RETENTION_PAGE_SIZE));
  const page = Math.min(input.page, pages);
  const rows = await prisma.user.findMany({
    where,
    orderBy: [{ leftAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * RETENTION_PAGE_SIZE,
    take: RETENTION_PAGE_SIZE,
    select: { id: true, name: true, email: true, leftAt: true, anonymisedAt: true },
  });
  return {
    total,
    erased,
    page,
    pages,
    people: rows.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      leftAt: p.leftAt!,
      erasableFrom: erasableFrom(p.leftAt!, input.retentionDays),
      due: erasureStatus(p, input.retentionDays, now) === "due",
    })),
  };
}
