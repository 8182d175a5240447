// The agreement that opens a peer coaching or mentoring engagement, through its verbs and its
// action: both people accept, a new version asks them again, only the engagement's two people may
// accept (anyone else is told it does not exist), and hostile or stale requests change nothing.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server.
import { afterEach, describe, expect, it } from "vitest";
import { COMMITMENTS_VERSION } from "@/lib/domain/commitments";
import { AGREEMENT_VERSIONS } from "@/lib/domain/engagement-agreement";
import type { Role } from "@/lib/domain/roles";
import type { ProgrammeType } from "@/lib/generated/prisma/enums";
import en from "@/messages/en.json";
import { refusal } from "../support/refusal";
import { setUpApp } from "../support/app";
import type { Person } from "../support/factories";

const { prisma, make, signIn, signOut, inParallel } = await setUpApp({ requests: true });
const { acceptEngagementAgreement } = await import("@/lib/server/agreements/accept-engagement-agreement");
const { loadEngagementAgreement } = await import("@/lib/server/agreements/load-engagement-agreement");
const { acceptEngagementAgreementAction } = await import("@/lib/actions/accept-engagement-agreement");

const ORIGINAL = { ...AGREEMENT_VERSIONS };
afterEach(() => Object.assign(AGREEMENT_VERSIONS, ORIGINAL));

const person = (roles: Role[]): Promise<Person> => make.person({ roles });

/** An engagement of a programme of `type` between a new provider (coach or mentor) and a new seeker. */
async function pair(type: ProgrammeType = "coaching", status: "active" | "ended" | "completed" = "active") {
  const programme = await make.programme({ type });
  const mentoring = type === "mentoring";
  const provider = mentoring
    ? await make.mentor({ programmeId: programme.id })
    : type === "networking"
      ? await make.networker({ programmeId: programme.id })
      : await make.coach();
  const seeker = await person([mentoring ? "mentee" : "client"]);
  const engagement = await make.engagement({
    programmeId: programme.id,
    profileId: provider.profileId,
    seekerId: seeker.id,
    status,
    endedAt: status === "active" ? null : new Date(),
  });
  return { provider, seeker, engagement, version: AGREEMENT_VERSIONS[mentoring ? "mentoring" : "coaching"] };
}

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};

async function rowsOf(engagementId: string) {
  return prisma.engagementAgreementAcceptance.findMany({ where: { engagementId }, orderBy: { acceptedAt: "asc" } });
}

describe("accepting an engagement's agreement", () => {
  it("records each person's acceptance with the version and the charter's; the page shows both", async () => {
    const { provider, seeker, engagement, version } = await pair();
    const before = await loadEngagementAgreement(prisma, seeker, engagement.id);
    expect(before?.kind).toBe("coaching");
    expect(before?.state.complete).toBe(false);
    expect(before?.me).toBe("seeker");

    expect(await acceptEngagementAgreement(prisma, seeker, { engagementId: engagement.id, version })).toEqual({
      complete: false,
    });
    const half = await loadEngagementAgreement(prisma, provider, engagement.id);
    expect(half?.state.seeker.current?.version).toBe(version);
    expect(half?.state.provider.current).toBeNull();

    expect(await acceptEngagementAgreement(prisma, provider, { engagementId: engagement.id, version })).toEqual({
      complete: true,
    });
    const rows = await rowsOf(engagement.id);
    expect(rows.map((r) => [r.userId, r.role, r.version, r.commitmentsVersion])).toEqual([
      [seeker.id, "client", version, COMMITMENTS_VERSION],
      [provider.id, "coach", version, COMMITMENTS_VERSION],
    ]);
    const after = await loadEngagementAgreement(prisma, seeker, engagement.id);
    expect(after?.state.complete).toBe(true);
    expect(after?.acceptances.map((a) => [a.side, a.name, a.version])).toEqual([
      ["seeker", seeker.name, version],
      ["provider", provider.name, version],
    ]);
    const audits = await prisma.auditLog.findMany({
      where: { action: "engagement.agreement.accept", targetId: engagement.id },
      orderBy: { at: "asc" },
    });
    expect(audits.map((a) => a.actorId)).toEqual([seeker.id, provider.id]);
    // Once is enough.
    expect(await refusal(acceptEngagementAgreement(prisma, seeker, { engagementId: engagement.id, version }))).toBe(
      "agreementAlreadyAccepted",
    );
  });

  it("gives mentoring its own agreement, without the coach's charter", async () => {
    const { provider, seeker, engagement, version } = await pair("mentoring");
    await acceptEngagementAgreement(prisma, provider, { engagementId: engagement.id, version });
    const [row] = await rowsOf(engagement.id);
    expect(row).toMatchObject({ role: "mentor", commitmentsVersion: null });
    expect((await loadEngagementAgreement(prisma, seeker, engagement.id))?.kind).toBe("mentoring");
  });

  it("asks both people again when the version changes, and keeps the earlier acceptances", async () => {
    const { provider, seeker, engagement, version } = await pair();
    await make.agreementAccepted({
      engagementId: engagement.id,
      by: [
        { id: provider.id, role: "coach" },
        { id: seeker.id, role: "client" },
      ],
    });
    expect((await loadEngagementAgreement(prisma, seeker, engagement.id))?.state.complete).toBe(true);

    AGREEMENT_VERSIONS.coaching = "2099-01";
    const asked = await loadEngagementAgreement(prisma, seeker, engagement.id);
    expect(asked?.version).toBe("2099-01");
    expect(asked?.state.complete).toBe(false);
    expect(asked?.state.seeker.outdated?.version).toBe(version);
    expect(asked?.state.provider.outdated?.version).toBe(version);
    // The old text, read before the change, can no longer be accepted.
    expect(await refusal(acceptEngagementAgreement(prisma, seeker, { engagementId: engagement.id, version }))).toBe(
      "agreementVersionChanged",
    );
    await acceptEngagementAgreement(prisma, seeker, { engagementId: engagement.id, version: "2099-01" });
    await acceptEngagementAgreement(prisma, provider, { engagementId: engagement.id, version: "2099-01" });
    const again = await loadEngagementAgreement(prisma, provider, engagement.id);
    expect(again?.state.complete).toBe(true);
    expect(again?.acceptances.map((a) => a.version)).toEqual([version, version, "2099-01", "2099-01"]);
  });
});

describe("who may accept", () => {
  it("only the engagement's two people: anyone else is told it does not exist, and nothing is written", async () => {
    const { engagement, version } = await pair();
    const other = await pair();
    const strangers = [
      await person(["client"]),
      await person(["programme_admin"]),
      await person(["hr_reviewer"]),
      other.provider,
      other.seeker,
    ];
    for (const who of strangers) {
      expect(await refusal(acceptEngagementAgreement(prisma, who, { engagementId: engagement.id, version }))).toBe(
        "notFound",
      );
      expect(await refusal(loadEngagementAgreement(prisma, who, engagement.id))).toBe("notFound");
    }
    expect(await rowsOf(engagement.id)).toEqual([]);
    expect(await prisma.auditLog.count({ where: { targetId: engagement.id } })).toBe(0);
  });

  it("refuses engagements that are over, networking conversations and missing ones", async () => {
    for (const status of ["ended", "completed"] as const) {
      const { seeker, engagement, version } = await pair("coaching", status);
      expect(await refusal(acceptEngagementAgreement(prisma, seeker, { engagementId: engagement.id, version }))).toBe(
        "engagementNotActive",
      );
    }
    const net = await pair("networking");
    expect(await loadEngagementAgreement(prisma, net.seeker, net.engagement.id)).toBeNull();
    expect(
      await refusal(
        acceptEngagementAgreement(prisma, net.seeker, { engagementId: net.engagement.id, version: net.version }),
      ),
    ).toBe("agreementNotOffered");
    const { seeker, version } = await pair();
    expect(
      await refusal(acceptEngagementAgreement(prisma, seeker, { engagementId: "no-such-engagement", version })),
    ).toBe("notFound");
  });
});

describe("the action the form posts", () => {
  it("accepts for the signed-in person and refuses hostile or incomplete posts with a message", async () => {
    const { provider, seeker, engagement, version } = await pair();
    const stranger = await person(["coach"]);
    // Signed out.
    signOut();
    expect(
      await acceptEngagementAgreementAction(null, form({ engagementId: engagement.id, version, accept: "on" })),
    ).toEqual({
      ok: false,
      error: en.errors.signedOut,
    });
    // Someone else's engagement.
    await signIn(stranger);
    expect(
      await acceptEngagementAgreementAction(null, form({ engagementId: engagement.id, version, accept: "on" })),
    ).toEqual({
      ok: false,
      error: en.errors.notFound,
    });
    await signIn(seeker);
    // The box not ticked.
    const unticked = await acceptEngagementAgreementAction(null, form({ engagementId: engagement.id, version }));
    expect(unticked).toMatchObject({ ok: false, error: en.errors.agreementAcceptRequired });
    // A forged id, a forged version.
    const forged = await acceptEngagementAgreementAction(
      null,
      form({ engagementId: "x'; drop table", version, accept: "on" }),
    );
    expect(forged.ok).toBe(false);
    expect(
      await acceptEngagementAgreementAction(
        null,
        form({ engagementId: engagement.id, version: "1999-01", accept: "on" }),
      ),
    ).toEqual({
      ok: false,
      error: en.errors.agreementVersionChanged,
    });
    expect(await rowsOf(engagement.id)).toEqual([]);
    // Then the real thing; the user id comes from the session, never from the form.
    expect(
      await acceptEngagementAgreementAction(
        null,
        form({ engagementId: engagement.id, version, accept: "on", userId: provider.id }),
      ),
    ).toEqual({ ok: true });
    expect((await rowsOf(engagement.id)).map((r) => r.userId)).toEqual([seeker.id]);
  });

  it("keeps one acceptance when the same person sends it several times at once", async () => {
    const { seeker, engagement, version } = await pair();
    const results = await inParallel(
      Array.from(
        { length: 4 },
        () => (client) => acceptEngagementAgreement(client, seeker, { engagementId: engagement.id, version }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as { code?: string }).code).toBe("agreementAlreadyAccepted");
    expect(await rowsOf(engagement.id)).toHaveLength(1);
  });
});
