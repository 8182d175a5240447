// Personal data: a person downloads everything Binôme holds about them (data.json and their own
// files, one zip archive), and nothing of anyone else's; an admin erases a person who left more
// than the retention period ago, and the cohort dashboard's figures stay exactly the same.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { DAY_MS, erasedEmail } from "@/lib/domain/personal-data";
import type { Role } from "@/lib/domain/roles";
import { newStorageKey, streamOf } from "@/lib/storage/file-storage";
import type { DashboardFilter } from "@/lib/validation/programmes";
import { setUpApp } from "../support/app";
import { request } from "../support/sign-in";

const { prisma, make, signIn } = await setUpApp({ requests: true });
const { GET: downloadRoute } = await import("@/app/account/data/route");
const { anonymisePerson } = await import("@/lib/server/privacy/anonymise-person");
const { PrivacyRefusal } = await import("@/lib/server/privacy/privacy-refusal");
const { anonymisePersonAction } = await import("@/lib/actions/privacy-anonymise-person");
const { loadCohortDashboard } = await import("@/lib/server/dashboard/load-cohort-dashboard");
const { loadAccountSummary } = await import("@/lib/server/privacy/load-account-summary");
const { fileStorage } = await import("@/lib/server/storage/file-storage");

type Actor = { id: string; roles: Role[] };
const storage = fileStorage();
const RETENTION = 365;
const NOW = new Date();
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY_MS);

async function store(folder: "credentials" | "photos", text: string) {
  const bytes = new TextEncoder().encode(text);
  const key = newStorageKey(folder);
  await storage.put(key, streamOf(bytes), bytes.byteLength);
  return key;
}

async function readArchive(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  expect(response.headers.get("content-disposition")).toMatch(
    /^attachment; filename="binome-my-data-\d{4}-\d{2}-\d{2}\.zip"$/,
  );
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const json = await zip.file("data.json")!.async("string");
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith("files/") && !zip.files[n].dir))
    files[name] = await zip.file(name)!.async("string");
  return { json, data: JSON.parse(json), files };
}

const download = () => downloadRoute(new Request("http://localhost/account/data"));

/**
 * A coach and a client who worked together: each with their own private note and feedback on a
 * session, the coach with a credential document and a photo, the client with a request.
 */
async function pair() {
  const programme = await make.programme();
  const cohort = await make.cohort({ programmeId: programme.id });
  const coach = await make.coach({ name: "Priya Raman", bioEn: "Coach bio by Priya", languages: ["en"] });
  const client = await make.person({ name: "Amina Diallo", roles: ["client"], enrolIn: cohort.id });
  const documentKey = await store("credentials", "PRIYA-CERTIFICATE-BYTES");
  const photoKey = await store("photos", "PRIYA-PHOTO-BYTES");
  await prisma.matchingProfile.update({ where: { id: coach.profileId }, data: { photoKey } });
  await prisma.credentialDocument.create({
    data: {
      coachProfileId: coach.profileId,
      storageKey: documentKey,
      fileName: "ICF certificate.pdf",
      contentType: "application/pdf",
      size: 23,
    },
  });
  const req = await make.request({
    programmeId: programme.id,
    cohortId: cohort.id,
    seekerId: client.id,
    message: "Amina's own request message",
    status: "accepted",
    choices: [{ profileId: coach.profileId, status: "accepted" }],
  });
  const engagement = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    profileId: coach.profileId,
    seekerId: client.id,
    requestId: req.id,
    sessions: [{ status: "completed", startsAt: daysAgo(20) }, { status: "planned" }],
  });
  const session = engagement.sessions[0];
  await prisma.sessionNote.createMany({
    data: [
      { sessionId: session.id, authorId: coach.id, body: "Priya's private note" },
      { sessionId: session.id, authorId: client.id, body: "Amina's private note" },
    ],
  });
  await prisma.sessionFeedback.createMany({
    data: [
      { sessionId: session.id, authorId: coach.id, usefulness: 4, helped: [], comment: "Priya's feedback comment" },
      { sessionId: session.id, authorId: client.id, usefulness: 5, helped: [], comment: "Amina's feedback comment" },
    ],
  });
  await prisma.account.create({
    data: {
      userId: coach.id,
      type: "oidc",
      provider: "oidc",
      providerAccountId: `sub-${coach.id}`,
      access_token: "SECRET-TOKEN",
    },
  });
  return { programme, cohort, coach, client, engagement, documentKey, photoKey };
}

describe("download my data", () => {
  it("gives the person their data and files in one archive, and nothing of the other party's", async () => {
    const { coach, client, engagement } = await pair();
    await make.agreementAccepted({
      engagementId: engagement.id,
      by: [
        { id: coach.id, role: "coach" },
        { id: client.id, role: "client" },
      ],
    });
    const coachProfile = await prisma.matchingProfile.findFirstOrThrow({ where: { userId: coach.id, kind: "coach" } });
    await prisma.developmentActivity.create({
      data: { coachProfileId: coachProfile.id, date: new Date("2026-10-01"), minutes: 90, title: "Priya's workshop" },
    });
    await signIn(coach);
    const { json, data, files } = await readArchive(await download());

    expect(data.person).toMatchObject({ id: coach.id, email: coach.email, name: "Priya Raman" });
    expect(data.roles.map((r: { role: string }) => r.role)).toEqual(["coach"]);
    expect(data.profiles[0]).toMatchObject({ kind: "coach", bioEn: "Coach bio by Priya" });
    expect(data.profiles[0].documents[0]).toMatchObject({ fileName: "ICF certificate.pdf" });
    expect(data.profiles[0].developmentActivities).toEqual([
      expect.objectContaining({ minutes: 90, title: "Priya's workshop" }),
    ]);
    expect(data.profiles[0].credentialRenewals).toEqual([]);
    expect(data.engagements).toHaveLength(1);
    expect(data.engagements[0]).toMatchObject({ yourSide: "profile holder", with: "Amina Diallo" });
    expect(data.engagements[0].sessions).toHaveLength(2);
    expect(data.engagements[0].sessions[0].notes).toEqual([expect.objectContaining({ body: "Priya's private note" })]);
    expect(data.engagements[0].sessions[0].feedback).toEqual([
      expect.objectContaining({ usefulness: 4, comment: "Priya's feedback comment" }),
    ]);
    expect(data.requestsReceived).toHaveLength(1);
    // Their own acceptance of the engagement's agreement, not the client's.
    expect(data.agreementAcceptances).toEqual([
      expect.objectContaining({ engagementId: engagement.id, role: "coach", version: expect.any(String) }),
    ]);
    expect(data.person.signInMethods).toEqual([{ provider: "oidc", type: "oidc" }]);
    // Their own files, streamed from the storage.
    expect(Object.values(files).sort()).toEqual(["PRIYA-CERTIFICATE-BYTES", "PRIYA-PHOTO-BYTES"]);
    expect(Object.keys(files).some((n) => n.endsWith("ICF certificate.pdf"))).toBe(true);

    // Nothing private of the client's, no secrets.
    for (const secret of [
      "Amina's private note",
      "Amina's feedback comment",
      "Amina's own request message",
      client.email,
      "SECRET-TOKEN",
      "sessionToken",
    ])
      expect(json).not.toContain(secret);

    const audits = await prisma.auditLog.findMany({ where: { action: "person.export", targetId: coach.id } });
    expect(audits).toEqual([expect.objectContaining({ actorId: coach.id, data: { files: 2 } })]);
  });

  it("gives another signed-in person their own archive, never someone else's; a visitor gets 401", async () => {
    const { coach, client } = await pair();
    await signIn(client);
    const { json, data, files } = await readArchive(await download());
    expect(data.person.id).toBe(client.id);
    expect(data.requests[0].message).toBe("Amina's own request message");
    expect(data.engagements[0]).toMatchObject({ yourSide: "seeker", with: "Priya Raman" });
    expect(files).toEqual({});
    for (const secret of ["Priya's private note", "Priya's feedback comment", coach.email, "Coach bio by Priya"])
      expect(json).not.toContain(secret);

    request.cookies.clear();
    const visitor = await download();
    expect(visitor.status).toBe(401);
    expect(await prisma.auditLog.count({ where: { action: "person.export", targetId: coach.id } })).toBe(0);
  });

  it("shows the account page's counts for the person only", async () => {
    const { coach, client } = await pair();
    const summary = await loadAccountSummary(prisma, client);
    expect(summary.counts).toEqual({ requests: 1, engagements: 1, sessions: 2, feedback: 1, missions: 0, files: 0 });
    expect((await loadAccountSummary(prisma, coach)).counts.files).toBe(2);
  });
});

describe("erasure after the retention period", () => {
  const options = () => ({ storage, retentionDays: RETENTION, now: NOW });
  const adminOf = async (): Promise<Actor> => make.person({ roles: ["programme_admin"] });

  it("refuses a person who has not left, one who left too recently, and anyone but an admin", async () => {
    const admin = await adminOf();
    const active = await make.person();
    const recent = await make.person();
    await prisma.user.update({ where: { id: recent.id }, data: { leftAt: daysAgo(10) } });

    await expect(anonymisePerson(prisma, admin, { userId: active.id }, options())).rejects.toMatchObject({
      code: "notLeft",
    });
    const early = await anonymisePerson(prisma, admin, { userId: recent.id }, options()).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(PrivacyRefusal);
    expect(early).toMatchObject({
      code: "retentionNotReached",
      erasableFrom: new Date(daysAgo(10).getTime() + RETENTION * DAY_MS),
    });
    const client: Actor = await make.person({ roles: ["client"] });
    await expect(anonymisePerson(prisma, client, { userId: recent.id }, options())).rejects.toMatchObject({
      code: "forbidden",
    });
    for (const p of [active, recent])
      expect(await prisma.user.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ anonymisedAt: null });

    // Through the action, the admin reads why, in their language.
    await signIn(admin);
    request.cookies.set("NEXT_LOCALE", "fr");
    const form = new FormData();
    form.set("userId", recent.id);
    const answer = await anonymisePersonAction(null, form);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(
      /^Les données de cette personne sont conservées jusqu’au|^Les données de cette personne sont conservées jusqu'au/,
    );
    form.set("userId", active.id);
    request.cookies.set("NEXT_LOCALE", "en");
    expect(await anonymisePersonAction(null, form)).toEqual({
      ok: false,
      error: "This person has not left the organisation: their data cannot be erased.",
    });
  });

  it("erases the person, their files and free text, keeps the rows figures count, and the dashboard stays the same", async () => {
    const admin = await adminOf();
    const { cohort, coach, client, engagement, documentKey, photoKey } = await pair();
    const entity = await make.entity();
    const station = await make.dutyStation();
    const supervisor = await make.person();
    const network = await make.network();
    // The coach ended nothing; the client has HR data and left long ago.
    await prisma.user.update({
      where: { id: client.id },
      data: {
        entityId: entity.id,
        dutyStationId: station.id,
        appointmentType: "permanent",
        staffIndexNumber: `IDX-${client.id}`,
        supervisorId: supervisor.id,
        scimExternalId: "ext-1",
        languages: ["en", "fr"],
        gender: "female",
        image: "https://example.org/a.png",
        networks: { connect: [{ id: network.id }] },
        leftAt: daysAgo(RETENTION + 5),
        disabledAt: daysAgo(RETENTION + 5),
      },
    });
    // Other people of the cohort, so that the figures are not all about one person.
    for (let i = 0; i < 3; i++) {
      const other = await make.person({ roles: ["client"], enrolIn: cohort.id, entityId: entity.id });
      await make.engagement({
        programmeId: engagement.programmeId,
        cohortId: cohort.id,
        profileId: coach.profileId,
        seekerId: other.id,
        status: i === 0 ? "ended" : "active",
        endedAt: i === 0 ? daysAgo(3) : undefined,
        endedById: i === 0 ? other.id : undefined,
        endReason: i === 0 ? "Moved duty station" : undefined,
        sessions: [{ status: "completed", startsAt: daysAgo(30 + i) }],
      });
    }
    await prisma.engagement.update({
      where: { id: engagement.id },
      data: { status: "ended", endedAt: daysAgo(RETENTION + 5), endedById: client.id, endReason: "Amina's reason" },
    });
    await prisma.account.create({
      data: { userId: client.id, type: "email", provider: "email", providerAccountId: client.email },
    });
    await prisma.verificationToken.create({
      data: { identifier: client.email, token: `t-${client.id}`, expires: new Date(NOW.getTime() + DAY_MS) },
    });
    await signIn(client); // a session row, as a browser left it
    // The client's own coach profile (networking) with a photo: files of the erased person.
    const ownPhoto = await store("photos", "AMINA-PHOTO");
    await prisma.matchingProfile.create({
      data: {
        userId: client.id,
        kind: "networking",
        programmeId: engagement.programmeId,
        photoKey: ownPhoto,
        bioEn: "Amina bio",
      },
    });

    const filters: DashboardFilter[] = [
      { entity: null, station: null },
      { entity: entity.code, station: null },
      { entity: entity.code, station: station.code },
    ];
    const figures = async () =>
      Promise.all(
        filters.map(async (filter) => {
          const dashboard = await loadCohortDashboard(prisma, admin, cohort.id, filter, { now: NOW });
          const f = dashboard!.figures!;
          // An early ending's reason is free text its author wrote: erased with them. Every count stays.
          return { ...f, earlyEndings: f.earlyEndings.map(({ reason: _, ...rest }) => rest) };
        }),
      );
    const before = await figures();

    await anonymisePerson(prisma, admin, { userId: client.id }, options());

    expect(await figures()).toEqual(before);
    // The erased client is in them: their place, their engagement ended by them, their session and rating.
    expect(before[0].seats.enrolled).toBe(4);
    expect(before[2].seats.enrolled).toBe(1);
    expect(before[0].outcomes).toMatchObject({ endedByClient: 2 });
    expect(before[2].outcomes).toMatchObject({ endedByClient: 1 });
    expect(before[2].sessions.held).toBe(1);

    const erased = await prisma.user.findUniqueOrThrow({
      where: { id: client.id },
      include: { networks: true, accounts: true, sessions: true, profiles: true },
    });
    expect(erased).toMatchObject({
      name: null,
      email: erasedEmail(client.id),
      staffIndexNumber: null,
      supervisorId: null,
      scimExternalId: null,
      languages: [],
      gender: null,
      image: null,
      networks: [],
      accounts: [],
      sessions: [],
      anonymisedAt: NOW,
      // Kept: what the dashboards filter by.
      entityId: entity.id,
      dutyStationId: station.id,
      appointmentType: "permanent",
    });
    expect(erased.profiles[0]).toMatchObject({ photoKey: null, bioEn: null });
    expect(await prisma.verificationToken.count({ where: { identifier: client.email } })).toBe(0);
    expect(await storage.open(ownPhoto)).toBeNull();
    // The coach's files are the coach's: untouched.
    expect(await storage.open(documentKey)).not.toBeNull();
    expect(await storage.open(photoKey)).not.toBeNull();

    // Free text gone, rows kept.
    expect(await prisma.sessionNote.findMany({ where: { authorId: client.id } })).toEqual([]);
    expect(await prisma.sessionNote.count({ where: { authorId: coach.id } })).toBe(1);
    expect(await prisma.sessionFeedback.findMany({ where: { authorId: client.id } })).toEqual([
      expect.objectContaining({ usefulness: 5, comment: null }),
    ]);
    expect(await prisma.sessionFeedback.findFirst({ where: { authorId: coach.id } })).toMatchObject({
      comment: "Priya's feedback comment",
    });
    expect(await prisma.matchRequest.findFirst({ where: { seekerId: client.id } })).toMatchObject({ message: "" });
    expect(await prisma.engagement.findUnique({ where: { id: engagement.id } })).toMatchObject({
      status: "ended",
      endReason: null,
    });
    expect(await prisma.cohortEnrolment.count({ where: { userId: client.id } })).toBe(1);
    expect(await prisma.engagementSession.count({ where: { engagementId: engagement.id } })).toBe(2);

    // Audited, with no personal data in the row.
    const row = await prisma.auditLog.findFirstOrThrow({ where: { action: "person.anonymise", targetId: client.id } });
    expect(row.actorId).toBe(admin.id);
    expect(JSON.stringify(row.data)).not.toMatch(/Amina|@example|IDX-/);

    // Once is enough.
    await expect(anonymisePerson(prisma, admin, { userId: client.id }, options())).rejects.toMatchObject({
      code: "alreadyErased",
    });
  });
});

describe("what one seeks, the fit check, the pulse and questions before answering", () => {
  it("are in their author's archive, never in the other person's, and their free text is erased with them", async () => {
    const { programme, coach, client, engagement } = await pair();
    const admin = await make.person({ roles: ["programme_admin"] });
    await prisma.matchPreference.create({
      data: { userId: client.id, programmeId: programme.id, languages: ["fr"], goal: "Amina's goal in seeking" },
    });
    await prisma.engagementFitAnswer.createMany({
      data: [
        { engagementId: engagement.id, userId: client.id, fits: true, comment: "Amina's fit comment" },
        { engagementId: engagement.id, userId: coach.id, fits: true, comment: "Priya's fit comment" },
      ],
    });
    await prisma.relationshipPulse.createMany({
      data: [
        { engagementId: engagement.id, userId: client.id, role: "client", score: 4, comment: "Amina's pulse comment" },
        { engagementId: engagement.id, userId: coach.id, role: "coach", score: 3, comment: "Priya's pulse comment" },
      ],
    });
    const choice = await prisma.matchRequestChoice.findFirstOrThrow({ where: { request: { seekerId: client.id } } });
    await prisma.matchRequestQuestion.create({
      data: { choiceId: choice.id, question: "Priya's question", answer: "Amina's reply", answeredAt: NOW },
    });

    // The client's archive: her own answers and both sides of the thread, not the coach's answers.
    await signIn(client);
    const mine = await readArchive(await download());
    expect(mine.data.person.matchPreferences).toEqual([
      expect.objectContaining({ languages: ["fr"], goal: "Amina's goal in seeking" }),
    ]);
    expect(mine.data.engagements[0].fitAnswers).toEqual([
      expect.objectContaining({ fits: true, comment: "Amina's fit comment" }),
    ]);
    expect(mine.data.engagements[0].pulses).toEqual([
      expect.objectContaining({ score: 4, comment: "Amina's pulse comment" }),
    ]);
    expect(mine.data.requests[0].choices[0].questions).toEqual([
      expect.objectContaining({ question: "Priya's question", answer: "Amina's reply" }),
    ]);
    for (const theirs of ["Priya's fit comment", "Priya's pulse comment"]) expect(mine.json).not.toContain(theirs);

    // The coach's archive: the question they asked and the reply written to them; none of Amina's own answers.
    await signIn(coach);
    const theirs = await readArchive(await download());
    expect(theirs.data.requestsReceived[0].questions).toEqual([
      expect.objectContaining({ question: "Priya's question", answer: "Amina's reply" }),
    ]);
    for (const hers of ["Amina's goal in seeking", "Amina's fit comment", "Amina's pulse comment"])
      expect(theirs.json).not.toContain(hers);

    // Erased: her preferences, her comments and her reply; the coach's own texts and every score stay.
    await prisma.user.update({
      where: { id: client.id },
      data: { leftAt: daysAgo(RETENTION + 5), disabledAt: daysAgo(RETENTION + 5) },
    });
    await prisma.engagement.update({
      where: { id: engagement.id },
      data: { status: "ended", endedAt: daysAgo(RETENTION + 5) },
    });
    await anonymisePerson(prisma, admin, { userId: client.id }, { storage, retentionDays: RETENTION, now: NOW });
    expect(await prisma.matchPreference.count({ where: { userId: client.id } })).toBe(0);
    const fit = await prisma.engagementFitAnswer.findMany({
      where: { engagementId: engagement.id },
      orderBy: { comment: "asc" },
      select: { userId: true, fits: true, comment: true },
    });
    expect(fit).toEqual(
      expect.arrayContaining([
        { userId: client.id, fits: true, comment: null },
        { userId: coach.id, fits: true, comment: "Priya's fit comment" },
      ]),
    );
    const pulses = await prisma.relationshipPulse.findMany({
      where: { engagementId: engagement.id },
      select: { userId: true, score: true, comment: true },
    });
    expect(pulses).toEqual(
      expect.arrayContaining([
        { userId: client.id, score: 4, comment: null },
        { userId: coach.id, score: 3, comment: "Priya's pulse comment" },
      ]),
    );
    expect(
      await prisma.matchRequestQuestion.findMany({
        where: { choiceId: choice.id },
        select: { question: true, answer: true },
      }),
    ).toEqual([{ question: "Priya's question", answer: "" }]);
  });
});
