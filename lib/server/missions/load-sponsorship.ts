import "server-only";
import type { Db } from "../../db/client";
import { LISTED_PROFILE } from "../../domain/coach-lifecycle";
import { can, type Actor } from "../../domain/roles";
import type { Locale } from "../../i18n/config";
import { DomainError } from "../errors";

export type SponsorshipView = {
  id: string;
  coacheeName: string | null;
  sponsorName: string | null;
  coachName: string | null;
  coacheeRequest: string;
  language: Locale;
  createdAt: Date;
};

const select = {
  id: true,
  coacheeRequest: true,
  language: true,
  createdAt: true,
  coachee: { select: { name: true } },
  sponsor: { select: { name: true } },
  coachProfile: { select: { user: { select: { name: true } } } },
} as const;

/**
 * The coachees' requests still waiting for a sponsor that the caller may see: those addressed to
 * them (as sponsor) and their own (as coachee). Nobody sees a request addressed to someone else.
 */
export async function loadOpenSponsorships(
  prisma: Db,
  actor: Actor,
): Promise<{ addressedToMe: SponsorshipView[]; mine: SponsorshipView[] }> {
  const [addressed, mine] = await Promise.all([
    can(actor.roles, "request:mission")
      ? prisma.missionSponsorshipRequest.findMany({
          where: { sponsorId: actor.id, status: "open" },
          orderBy: { createdAt: "asc" },
          select,
        })
      : Promise.resolve([]),
    prisma.missionSponsorshipRequest.findMany({
      where: { coacheeId: actor.id, status: "open" },
      orderBy: { createdAt: "asc" },
      select,
    }),
  ]);
  const view = (r: (typeof mine)[number]): SponsorshipView => ({
    id: r.id,
    coacheeName: r.coachee.name,
    sponsorName: r.sponsor.name,
    coachName: r.coachProfile.user.name,
    coacheeRequest: r.coacheeRequest,
    language: r.language,
    createdAt: r.createdAt,
  });
  return { addressedToMe: addressed.map(view), mine: mine.map(view) };
}

/** What the coachee's form offers: sponsors (not themself) and listed coaches with their entity. */
export async function loadSponsorshipForm(prisma: Db, actor: Actor) {
  if (!can(actor.roles, "ask:mission-sponsor")) throw new DomainError("forbidden");
  const entity = { select: { code: true } } as const;
  const [sponsors, coaches] = await Promise.all([
    prisma.user.findMany({
      where: { id: { not: actor.id }, disabledAt: null, roles: { some: { role: "sponsor" } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, email: true, entity },
    }),
    prisma.matchingProfile.findMany({
      where: { kind: "coach", ...LISTED_PROFILE, userId: { not: actor.id } },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      take: 500,
      select: { id: true, user: { select: { name: true, email: true, entity } } },
    }),
  ]);
  const label = (p: { name: string | null; email: string; entity: { code: string } | null }) =>
    [p.name ?? p.email, p.entity?.code].filter(Boolean).join(" · ");
  return {
    sponsors: sponsors.map((p) => ({ id: p.id, label: label(p) })),
    coaches: coaches.map((c) => ({ id: c.id, label: label(c.user) })),
  };
}
