import "server-only";
import { db } from "../db";

/** People matching a search on name or e-mail (first 50, by name), with their roles. */
export async function listPeople(q: string) {
  const term = q.trim();
  const where = term
    ? {
        OR: [
          { name: { contains: term, mode: "insensitive" as const } },
          { email: { contains: term, mode: "insensitive" as const } },
        ],
      }
    : {};
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ name: "asc" }, { email: "asc" }],
      take: 50,
      select: {
        id: true,
        name: true,
        email: true,
        disabledAt: true,
        roles: { select: { role: true }, orderBy: { role: "asc" } },
      },
    }),
    db().user.count({ where }),
  ]);
  return {
    total,
    people: rows.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email,
      disabled: Boolean(u.disabledAt),
      roles: u.roles.map((r) => r.role),
    })),
  };
}
