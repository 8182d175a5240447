// The attestation of a coach's or mentor's contribution: their own figures only (people
// accompanied, series completed, sessions held and their hours, supervision attended), per
// programme, for a year or every year; no client named; nobody else's.
import { describe, expect, it } from "vitest";
import { setUpApp } from "../support/app";
import type { ProfileHolder } from "../support/factories";
import { refusal } from "../support/refusal";

const { prisma, make } = await setUpApp();
const { loadContributionAttestation } = await import("@/lib/server/attestation/load-contribution");

const at = (s: string) => new Date(`${s}T12:00:00Z`);
const coaching = await make.programme({
  slug: "contribution-coaching",
  nameEn: "Peer coaching",
  nameFr: "Coaching entre pairs",
});
const tripartite = await make.programme({
  slug: "contribution-tripartite",
  nameEn: "Tripartite coaching",
  nameFr: "Coaching tripartite",
  type: "tripartite_coaching",
});
const mentoring = await make.programme({
  slug: "contribution-mentoring",
  nameEn: "Mentoring",
  nameFr: "Mentorat",
  type: "mentoring",
  sessionPlan: "mentoring",
});

/** An engagement of `holder` with a new client, its sessions held on the given days (then one planned). */
async function engagement(
  holder: ProfileHolder,
  programmeId: string,
  held: string[],
  options: { clientName: string; status?: "active" | "completed" | "ended"; startedAt: string; closedAt?: string },
) {
  const client = await make.person({ roles: ["client"], name: options.clientName });
  return make.engagement({
    programmeId,
    profileId: holder.profileId,
    seekerId: client.id,
    status: options.status ?? "active",
    startedAt: at(options.startedAt),
    completedAt: options.status === "completed" ? at(options.closedAt!) : null,
    endedAt: options.status === "ended" ? at(options.closedAt!) : null,
    sessions: [
      ...held.map((d) => ({ status: "completed" as const, startsAt: at(d), completedAt: at(d) })),
      { status: "planned" as const, suggestedAt: at("2027-01-01") },
    ],
  });
}

describe("a coach's attestation", () => {
  it("counts their own engagements per programme, for every year and for one year, naming no client", async () => {
    const coach = await make.coach({ name: "Carla Contribution" });
    const other = await make.coach({ name: "Other Coach" });
    await engagement(
      coach,
      coaching.id,
      ["2025-02-10", "2025-03-10", "2025-04-10", "2025-05-10", "2025-06-10", "2025-07-10"],
      {
        clientName: "Secret Client One",
        status: "completed",
        startedAt: "2025-02-01",
        closedAt: "2025-07-10",
      },
    );
    await engagement(coach, coaching.id, ["2025-12-01", "2026-01-05"], {
      clientName: "Secret Client Two",
      startedAt: "2025-11-20",
    });
    await engagement(coach, tripartite.id, ["2026-03-05"], {
      clientName: "Secret Client Three",
      status: "ended",
      startedAt: "2026-03-01",
      closedAt: "2026-04-01",
    });
    await engagement(other, coaching.id, ["2026-02-02", "2026-03-02"], {
      clientName: "Not Hers",
      startedAt: "2026-02-01",
    });
    await prisma.supervisionRecord.createMany({
      data: [
        { coachProfileId: coach.profileId, heldOn: at("2025-12-15"), supervisor: "S", attended: true },
        { coachProfileId: coach.profileId, heldOn: at("2026-01-15"), supervisor: "S", attended: true },
        { coachProfileId: coach.profileId, heldOn: at("2026-02-15"), supervisor: "S", attended: false },
        { coachProfileId: other.profileId, heldOn: at("2026-02-16"), supervisor: "S", attended: true },
      ],
    });

    const all = await loadContributionAttestation(prisma, coach, "coach", null);
    expect(all.name).toBe("Carla Contribution");
    expect(all.years).toEqual([2026, 2025]);
    expect(all.contribution.total).toEqual({ accompanied: 3, completed: 1, sessionsHeld: 9, minutesHeld: 9 * 45 });
    expect(all.contribution.supervisionAttended).toBe(2);
    expect(
      all.contribution.byProgramme.map((p) => [all.programmes[p.programmeId].nameFr, p.accompanied, p.sessionsHeld]),
    ).toEqual([
      ["Coaching entre pairs", 2, 8],
      ["Coaching tripartite", 1, 1],
    ]);
    expect(JSON.stringify(all)).not.toMatch(/Secret Client|Not Hers/);

    const y2026 = await loadContributionAttestation(prisma, coach, "coach", 2026);
    expect(y2026.contribution.total).toEqual({ accompanied: 2, completed: 0, sessionsHeld: 2, minutesHeld: 90 });
    expect(y2026.contribution.supervisionAttended).toBe(1);
    const y2024 = await loadContributionAttestation(prisma, coach, "coach", 2024);
    expect(y2024.contribution.byProgramme).toEqual([]);
    expect(y2024.contribution.total.sessionsHeld).toBe(0);
  });

  it("is refused to someone without the role, and empty for a coach with no activity", async () => {
    const client = await make.person({ roles: ["client", "mentee", "programme_admin", "hr_reviewer", "sponsor"] });
    expect(await refusal(loadContributionAttestation(prisma, client, "coach", null))).toBe("forbidden");
    expect(await refusal(loadContributionAttestation(prisma, client, "mentor", null))).toBe("forbidden");
    const newcomer = await make.coach({ name: "New Coach" });
    const none = await loadContributionAttestation(prisma, newcomer, "coach", null);
    expect(none.contribution.total).toEqual({ accompanied: 0, completed: 0, sessionsHeld: 0, minutesHeld: 0 });
    expect(none.years).toEqual([]);
  });
});

describe("a mentor's attestation", () => {
  it("counts their mentoring only, without supervision, and not their coaching", async () => {
    const both = await make.coach({ name: "Maya Both", roles: ["coach", "mentor"] });
    const mentorProfile = await make.profile(both.id, { kind: "mentor", programmeId: mentoring.id });
    const asMentor = { ...both, profileId: mentorProfile.id };
    await engagement(asMentor, mentoring.id, ["2026-01-10", "2026-01-24", "2026-02-07"], {
      clientName: "Mentee One",
      startedAt: "2026-01-05",
    });
    await engagement(both, coaching.id, ["2026-01-12"], { clientName: "Coachee One", startedAt: "2026-01-06" });
    await prisma.supervisionRecord.create({
      data: { coachProfileId: both.profileId, heldOn: at("2026-01-20"), supervisor: "S", attended: true },
    });

    const mentor = await loadContributionAttestation(prisma, both, "mentor", null);
    expect(mentor.contribution.total).toEqual({ accompanied: 1, completed: 0, sessionsHeld: 3, minutesHeld: 135 });
    expect(mentor.contribution.supervisionAttended).toBe(0);
    expect(Object.values(mentor.programmes).map((p) => p.nameEn)).toEqual(["Mentoring"]);
    const coach = await loadContributionAttestation(prisma, both, "coach", 2026);
    expect(coach.contribution.total.sessionsHeld).toBe(1);
    expect(coach.contribution.supervisionAttended).toBe(1);
  });
});
