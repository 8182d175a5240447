// Writes the demo data of prisma/seed/data.ts, idempotently.
//
// Every table is synchronised by its natural key (code, slug, [programmeId, slug], email,
// userId, [userId, role], [cohortId, userId, role]): rows that are missing are inserted in
// one batch (createMany, skipDuplicates), rows that differ from the seed are updated one by
// one, rows that already match are left alone. A second run therefore writes nothing.
// Seeding restores the seed's values on seed rows (a demo reset) but never deletes anything:
// role grants and enrolments added in the app stay. The story (story.ts, programmes-story.ts) is
// synced by stable ids: requests, engagements, sessions, evaluations, checklist ticks, the
// tripartite mission and its history, supervision records (by coach and day), and the e-mails the
// story sent (outbox.ts: the product's templates, stored as already sent, so nothing goes out).
// The only audit rows are the seeded registrations' history (stable ids), and the only files the
// demo certificates (stable storage keys, written when their row is missing or their file is gone).
import { COMMITMENTS_VERSION } from "../../lib/domain/commitments";
import {
  AGREEMENT_SIDES,
  AGREEMENT_VERSIONS,
  agreementKindOf,
  agreementRole,
  hasCharterAnnex,
} from "../../lib/domain/engagement-agreement";
import { parseEnv } from "../../lib/env";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { streamOf, type FileStorage } from "../../lib/storage/file-storage";
import { storageFromSettings } from "../../lib/storage/storage-from-settings";
import { buildSeedData, type SeedData } from "./data";
import { demoCertificatePdf } from "./demo-pdf";
import { demoOutbox } from "./outbox";
import { seedCredentialCurrency } from "./credential-currency";
import { seedSupervisionGroups } from "./supervision-groups";
import { seedWorkshops } from "./workshops";
import { seedResources } from "./resources";
import { seedAvailability } from "./availability";
import { seedGroupCoaching } from "./group-coaching";
import { seedActionPlan } from "./action-plan";
import { seedFitAndPulse } from "./fit-and-pulse";
import { seedSuggestions } from "./suggestions";

type Tx = Prisma.TransactionClient;
type Row = Record<string, unknown>;

export type SeedResult = {
  /** Rows inserted, per table. */
  created: Record<string, number>;
  /** Existing rows brought back to the seed's values, per table. */
  updated: Record<string, number>;
};

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return (a ?? null) === (b ?? null);
}

function isPlainObject(v: unknown): v is Row {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** The fields of `desired` whose value differs from `existing`, or null when none does. */
function differences<D extends Row>(existing: Row, desired: D): Partial<D> | null {
  const diff: Partial<D> = {};
  let changed = false;
  for (const key of Object.keys(desired) as (keyof D & string)[]) {
    if (!same(existing[key], desired[key])) {
      diff[key] = desired[key];
      changed = true;
    }
  }
  return changed ? diff : null;
}

/**
 * Inserts the missing rows in one batch and updates the ones that differ.
 * Returns the stored rows of the seed by key (their ids; other fields may predate the update).
 */
async function syncByKey<D extends Row, R extends Row>(options: {
  desired: D[];
  key: (row: Row) => string;
  find: () => Promise<R[]>;
  createMany: (rows: D[]) => Promise<{ count: number }>;
  update: (existing: R, data: Partial<D>) => Promise<unknown>;
}): Promise<{ rows: Map<string, R>; created: number; updated: number }> {
  const { desired, key, find, createMany, update } = options;
  let stored = new Map((await find()).map((r) => [key(r), r]));
  const missing = desired.filter((d) => !stored.has(key(d)));
  let created = 0;
  if (missing.length) {
    created = (await createMany(missing)).count;
    stored = new Map((await find()).map((r) => [key(r), r]));
  }
  let updated = 0;
  for (const d of desired) {
    const existing = stored.get(key(d));
    if (!existing) throw new Error(`Seed row ${key(d)} was not stored`);
    const diff = differences(existing, d);
    if (diff) {
      await update(existing, diff);
      updated++;
    }
  }
  return { rows: stored, created, updated };
}

/** What syncRowsById needs of a Prisma model delegate. */
// Prisma's delegates are generic per model; this seed hands each one rows it built for that model,
// so the arguments are left untyped here rather than cast at every call.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Delegate = {
  findMany(args: any): Promise<any[]>;
  createMany(args: any): Promise<{ count: number }>;
  update(args: any): Promise<unknown>;
};
/* eslint-enable @typescript-eslint/no-explicit-any */

/** syncByKey for rows with a stable id. */
function syncRowsById<D extends Row & { id: string }>(delegate: Delegate, desired: D[]) {
  return syncByKey({
    desired,
    key: (r) => String(r.id),
    find: () => delegate.findMany({ where: { id: { in: desired.map((r) => r.id) } } }) as Promise<Row[]>,
    createMany: (rows) => delegate.createMany({ data: rows, skipDuplicates: true }),
    update: (e, d) => delegate.update({ where: { id: e.id }, data: d }),
  });
}

function idOf(map: Map<string, { id: string }>, key: string, what: string): string {
  const row = map.get(key);
  if (!row) throw new Error(`Seed data names an unknown ${what}: ${key}`);
  return row.id;
}

async function seedAll(tx: Tx, data: SeedData, storage: FileStorage, appUrl: string | undefined): Promise<SeedResult> {
  const created: Record<string, number> = {};
  const updated: Record<string, number> = {};
  const record = (table: string, result: { created: number; updated: number }) => {
    created[table] = result.created;
    updated[table] = result.updated;
  };
  const byCode = (r: Row) => String(r.code);

  // Reference data.
  const entities = await syncByKey({
    desired: data.entities,
    key: byCode,
    find: () => tx.entity.findMany({ where: { code: { in: data.entities.map((e) => e.code) } } }),
    createMany: (rows) => tx.entity.createMany({ data: rows, skipDuplicates: true }),
    update: (e, d) => tx.entity.update({ where: { id: e.id }, data: d }),
  });
  record("entity", entities);

  const stations = await syncByKey({
    desired: data.dutyStations,
    key: byCode,
    find: () => tx.dutyStation.findMany({ where: { code: { in: data.dutyStations.map((s) => s.code) } } }),
    createMany: (rows) => tx.dutyStation.createMany({ data: rows, skipDuplicates: true }),
    update: (s, d) => tx.dutyStation.update({ where: { id: s.id }, data: d }),
  });
  record("dutyStation", stations);

  const networks = await syncByKey({
    desired: data.networks,
    key: byCode,
    find: () => tx.professionalNetwork.findMany({ where: { code: { in: data.networks.map((n) => n.code) } } }),
    createMany: (rows) => tx.professionalNetwork.createMany({ data: rows, skipDuplicates: true }),
    update: (n, d) => tx.professionalNetwork.update({ where: { id: n.id }, data: d }),
  });
  record("professionalNetwork", networks);

  record(
    "language",
    await syncByKey({
      desired: data.languages,
      key: byCode,
      find: () => tx.language.findMany({ where: { code: { in: data.languages.map((l) => l.code) } } }),
      createMany: (rows) => tx.language.createMany({ data: rows, skipDuplicates: true }),
      update: (l, d) => tx.language.update({ where: { code: l.code }, data: d }),
    }),
  );

  // Programmes and cohorts.
  const programmes = await syncByKey({
    desired: data.programmes,
    key: (r) => String(r.slug),
    find: () => tx.programme.findMany({ where: { slug: { in: data.programmes.map((p) => p.slug) } } }),
    createMany: (rows) => tx.programme.createMany({ data: rows, skipDuplicates: true }),
    update: (p, d) => tx.programme.update({ where: { id: p.id }, data: d }),
  });
  record("programme", programmes);

  const cohortRows = data.cohorts.map(({ programmeSlug, ...c }) => ({
    ...c,
    programmeId: idOf(programmes.rows, programmeSlug, "programme"),
  }));
  const cohortKey = (r: Row) => `${String(r.programmeId)}/${String(r.slug)}`;
  const cohorts = await syncByKey({
    desired: cohortRows,
    key: cohortKey,
    find: () =>
      tx.cohort.findMany({
        where: { OR: cohortRows.map((c) => ({ programmeId: c.programmeId, slug: c.slug })) },
      }),
    createMany: (rows) => tx.cohort.createMany({ data: rows, skipDuplicates: true }),
    update: (c, d) => tx.cohort.update({ where: { id: c.id }, data: d }),
  });
  record("cohort", cohorts);
  const cohortId = (programmeSlug: string, slug: string) =>
    idOf(cohorts.rows, `${idOf(programmes.rows, programmeSlug, "programme")}/${slug}`, "cohort");

  // People.
  const emails = data.people.map((p) => p.email);
  const userRows = data.people.map((p) => ({
    email: p.email,
    name: p.name,
    preferredLanguage: p.preferredLanguage,
    timeZone: p.timeZone,
    appointmentType: p.appointmentType,
    gender: p.gender,
    languages: p.languages,
    entityId: idOf(entities.rows, p.entityCode, "entity"),
    dutyStationId: idOf(stations.rows, p.dutyStationCode, "duty station"),
  }));
  const users = await syncByKey({
    desired: userRows,
    key: (r) => String(r.email),
    find: () => tx.user.findMany({ where: { email: { in: emails } } }),
    createMany: (rows) => tx.user.createMany({ data: rows, skipDuplicates: true }),
    update: (u, d) => tx.user.update({ where: { id: u.id }, data: d }),
  });
  record("user", users);
  const userId = (email: string) => idOf(users.rows, email, "user");

  // Professional networks of each person (the implicit many-to-many table): set when different.
  const linked = await tx.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, networks: { select: { id: true } } },
  });
  const linkedByEmail = new Map(linked.map((u) => [u.email, u.networks.map((n) => n.id).sort()]));
  let linksCreated = 0;
  let linksChanged = 0;
  for (const p of data.people) {
    const want = p.networkCodes.map((code) => idOf(networks.rows, code, "professional network")).sort();
    const have = linkedByEmail.get(p.email) ?? [];
    if (same(want, have)) continue;
    await tx.user.update({ where: { id: userId(p.email) }, data: { networks: { set: want.map((id) => ({ id })) } } });
    if (have.length) linksChanged++;
    linksCreated += want.filter((id) => !have.includes(id)).length;
  }
  created.userNetwork = linksCreated;
  updated.userNetwork = linksChanged;

  // Role grants: only added, never removed.
  const grants = data.people.flatMap((p) => p.roles.map((role) => ({ userId: userId(p.email), role })));
  created.roleGrant = (await tx.roleGrant.createMany({ data: grants, skipDuplicates: true })).count;
  updated.roleGrant = 0;

  // Coach profiles, by user.
  const profileRows = data.people.flatMap((p) =>
    p.coachProfile ? [{ userId: userId(p.email), ...p.coachProfile }] : [],
  );
  const profiles = await syncByKey({
    desired: profileRows,
    key: (r) => String(r.userId),
    find: () =>
      tx.matchingProfile.findMany({ where: { kind: "coach", userId: { in: profileRows.map((r) => r.userId) } } }),
    createMany: (rows) => tx.matchingProfile.createMany({ data: rows, skipDuplicates: true }),
    update: (c, d) => tx.matchingProfile.update({ where: { id: c.id }, data: d }),
  });
  record("coachProfile", profiles);
  const profileId = (email: string) =>
    idOf(profiles.rows as Map<string, { id: string }>, userId(email), "coach profile");

  // Mentor and networking profiles, by user and kind.
  const programmeIdOf = (slug: string) => idOf(programmes.rows, slug, "programme");
  const matchingRows = data.matchingProfiles.map(({ email, programmeSlug, ...p }) => ({
    ...p,
    userId: userId(email),
    programmeId: programmeIdOf(programmeSlug),
  }));
  const matching = await syncByKey({
    desired: matchingRows,
    key: (r) => `${String(r.userId)}/${String(r.kind)}`,
    find: () =>
      tx.matchingProfile.findMany({
        where: { kind: { in: ["mentor", "networking"] }, userId: { in: matchingRows.map((r) => r.userId) } },
      }),
    createMany: (rows) => tx.matchingProfile.createMany({ data: rows, skipDuplicates: true }),
    update: (c, d) => tx.matchingProfile.update({ where: { id: c.id }, data: d }),
  });
  record("matchingProfile", matching);
  const profileOfKind = (email: string, kind: "coach" | "mentor" | "networking" = "coach") =>
    kind === "coach"
      ? profileId(email)
      : idOf(matching.rows as Map<string, { id: string }>, `${userId(email)}/${kind}`, `${kind} profile`);

  // Demo certificates: the file is written with its row (or again if it went missing).
  const pdfs = new Map(
    data.credentialDocuments.map((d) => [
      d.storageKey,
      demoCertificatePdf({
        holder: d.holder,
        credentialKind: d.credentialKind,
        trainingHours: d.trainingHours,
        reference: `DEMO-${d.storageKey.slice(12, 20).toUpperCase()}`,
      }),
    ]),
  );
  let filesWritten = 0;
  const writeFile = async (key: string) => {
    try {
      const pdf = pdfs.get(key)!;
      await storage.put(key, streamOf(pdf), pdf.byteLength);
      filesWritten++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  };
  const documentRows = data.credentialDocuments.map((d) => ({
    coachProfileId: profileId(d.email),
    storageKey: d.storageKey,
    fileName: d.fileName,
    contentType: "application/pdf",
    size: pdfs.get(d.storageKey)!.length,
    uploadedAt: d.uploadedAt,
  }));
  const documentKeys = documentRows.map((d) => d.storageKey);
  const storedKeys = new Set(
    (
      await tx.credentialDocument.findMany({
        where: { storageKey: { in: documentKeys } },
        select: { storageKey: true },
      })
    ).map((d) => d.storageKey),
  );
  for (const key of documentKeys) {
    if (!storedKeys.has(key)) {
      await writeFile(key);
      continue;
    }
    const file = await storage.open(key);
    if (file) await file.stream.cancel();
    else await writeFile(key);
  }
  record(
    "credentialDocument",
    await syncByKey({
      desired: documentRows,
      key: (r) => String(r.storageKey),
      find: () => tx.credentialDocument.findMany({ where: { storageKey: { in: documentKeys } } }),
      createMany: (rows) => tx.credentialDocument.createMany({ data: rows, skipDuplicates: true }),
      update: (d, diff) => tx.credentialDocument.update({ where: { id: d.id }, data: diff }),
    }),
  );
  created.credentialFile = filesWritten;
  updated.credentialFile = 0;

  // The history of the registrations awaiting review or sent back (audit rows with stable ids).
  const eventRows = data.reviewEvents.map((e) => ({
    id: e.id,
    at: e.at,
    actorId: userId(e.actorEmail),
    action: e.action,
    targetType: "MatchingProfile",
    targetId: profileId(e.email),
    data: e.data as Prisma.InputJsonObject,
  }));
  record(
    "auditLog",
    await syncByKey({
      desired: eventRows,
      key: (r) => String(r.id),
      find: () => tx.auditLog.findMany({ where: { id: { in: eventRows.map((e) => e.id) } } }),
      createMany: (rows) => tx.auditLog.createMany({ data: rows, skipDuplicates: true }),
      update: (e, diff) => tx.auditLog.update({ where: { id: e.id }, data: diff }),
    }),
  );

  // Enrolments: only added, never removed.
  const enrolments = data.people.flatMap((p) =>
    p.enrolments.map(({ programmeSlug, cohortSlug, ...e }) => ({
      ...e,
      cohortId: cohortId(programmeSlug, cohortSlug),
      userId: userId(p.email),
    })),
  );
  created.cohortEnrolment = (await tx.cohortEnrolment.createMany({ data: enrolments, skipDuplicates: true })).count;
  updated.cohortEnrolment = 0;

  // The story so far (story.ts): requests, engagements, sessions, evaluations, by stable id.
  const { story, mentoring, mission } = data;
  const programmeId = programmeIdOf;
  const allRequests = [...story.requests, mentoring.request];
  const requestRows = allRequests.map(({ choices: _choices, clientEmail, programmeSlug, cohortSlug, ...r }) => ({
    ...r,
    seekerId: userId(clientEmail),
    programmeId: programmeId(programmeSlug),
    cohortId: cohortId(programmeSlug, cohortSlug),
  }));
  record("matchRequest", await syncRowsById(tx.matchRequest, requestRows));
  const choiceRows = allRequests.flatMap((r) =>
    r.choices.map(({ coachEmail, profileKind, questions: _questions, ...c }) => ({
      ...c,
      requestId: r.id,
      profileId: profileOfKind(coachEmail, profileKind),
    })),
  );
  record("matchRequestChoice", await syncRowsById(tx.matchRequestChoice, choiceRows));
  // Questions asked before answering (Carlos's to Julien, waiting for the reply).
  const questionRows = allRequests.flatMap((r) =>
    r.choices.flatMap((c) => (c.questions ?? []).map((q) => ({ ...q, choiceId: c.id }))),
  );
  record("matchRequestQuestion", await syncRowsById(tx.matchRequestQuestion, questionRows));
  const allEngagements = [...story.engagements, mentoring.engagement, mission.engagement];
  const engagementRows = allEngagements.map(
    ({ sessions: _sessions, coachEmail, profileKind, clientEmail, endedByEmail, programmeSlug, cohortSlug, ...e }) => ({
      ...e,
      programmeId: programmeId(programmeSlug),
      cohortId: cohortSlug ? cohortId(programmeSlug, cohortSlug) : null,
      profileId: profileOfKind(coachEmail, profileKind),
      seekerId: userId(clientEmail),
      endedById: endedByEmail ? userId(endedByEmail) : null,
    }),
  );
  record("engagement", await syncRowsById(tx.engagement, engagementRows));
  const sessionRows = allEngagements.flatMap((e) =>
    e.sessions.map(({ proposedByEmail, completedByEmail, ...s }) => ({
      ...s,
      engagementId: e.id,
      proposedById: proposedByEmail ? userId(proposedByEmail) : null,
      completedById: completedByEmail ? userId(completedByEmail) : null,
    })),
  );
  record("engagementSession", await syncRowsById(tx.engagementSession, sessionRows));
  // The agreement each running peer coaching and mentoring engagement opened with: both people
  // accepted it on the day it started (the client first), except Anna, whose coaching with Aiko
  // began last: Aiko has accepted, Anna not yet, so her engagement page still shows the banner.
  // Engagements that are over predate the agreement.
  const typeOfProgramme = new Map(data.programmes.map((p) => [p.slug, p.type]));
  const agreementRows = allEngagements.flatMap((e) => {
    const kind = agreementKindOf(typeOfProgramme.get(e.programmeSlug) ?? "networking");
    if (!kind || e.status !== "active") return [];
    const sides = e.clientEmail === "anna.schmidt@example.org" ? (["provider"] as const) : AGREEMENT_SIDES;
    return sides.map((side) => ({
      id: `${e.id}-agreement-${side}`,
      engagementId: e.id,
      userId: userId(side === "seeker" ? e.clientEmail : e.coachEmail),
      role: agreementRole(kind, side),
      version: AGREEMENT_VERSIONS[kind],
      commitmentsVersion: hasCharterAnnex(kind) ? COMMITMENTS_VERSION : null,
      acceptedAt: new Date(e.startedAt.getTime() + (side === "seeker" ? 40 : 95) * 60_000),
    }));
  });
  record("engagementAgreementAcceptance", await syncRowsById(tx.engagementAgreementAcceptance, agreementRows));
  const feedbackRows = [...story.feedback, ...mentoring.feedback, ...mission.feedback].map(({ authorEmail, ...f }) => ({
    ...f,
    authorId: userId(authorEmail),
  }));
  record("sessionFeedback", await syncRowsById(tx.sessionFeedback, feedbackRows));
  const closingRows = story.closingEvaluations.map(({ authorEmail, ...c }) => ({
    ...c,
    authorId: userId(authorEmail),
  }));
  record("closingEvaluation", await syncRowsById(tx.closingEvaluation, closingRows));
  const tickRows = mentoring.ticks.map(({ userEmail, ...t }) => ({ ...t, userId: userId(userEmail) }));
  record("sessionChecklistTick", await syncRowsById(tx.sessionChecklistTick, tickRows));

  // Amina's tripartite mission: the mission, its milestones, proposals and reviews, the accepted
  // contract and its acceptances, the indicators and a check-in.
  const m = mission.mission;
  const { sponsorEmail, hrEmail, coacheeEmail, coachEmail, programmeSlug: missionProgramme, ...missionRest } = m;
  record(
    "mission",
    await syncRowsById(tx.mission, [
      {
        ...missionRest,
        programmeId: programmeId(missionProgramme),
        sponsorId: userId(sponsorEmail),
        hrId: userId(hrEmail),
        coacheeId: userId(coacheeEmail),
        coachProfileId: profileId(coachEmail),
      },
    ]),
  );
  record(
    "missionMilestone",
    await syncRowsById(
      tx.missionMilestone,
      mission.milestones.map((x) => ({ ...x, missionId: m.id })),
    ),
  );
  record(
    "missionProposal",
    await syncRowsById(
      tx.missionProposal,
      mission.proposals.map((x) => ({ ...x, missionId: m.id })),
    ),
  );
  record(
    "missionProposalReview",
    await syncRowsById(
      tx.missionProposalReview,
      mission.reviews.map(({ reviewerEmail, ...x }) => ({ ...x, reviewerId: userId(reviewerEmail) })),
    ),
  );
  record(
    "missionContract",
    await syncRowsById(
      tx.missionContract,
      mission.contracts.map((x) => ({ ...x, missionId: m.id })),
    ),
  );
  record(
    "missionContractAcceptance",
    await syncRowsById(
      tx.missionContractAcceptance,
      mission.acceptances.map(({ userEmail, ...x }) => ({ ...x, userId: userId(userEmail) })),
    ),
  );
  record(
    "missionIndicator",
    await syncRowsById(
      tx.missionIndicator,
      mission.indicators.map((x) => ({ ...x, missionId: m.id })),
    ),
  );
  record(
    "checkIn",
    await syncRowsById(
      tx.checkIn,
      mission.checkIns.map(({ authorEmail, ...x }) => ({ ...x, missionId: m.id, authorId: userId(authorEmail) })),
    ),
  );

  // Monthly supervision, by coach and day.
  const supervisionRows = data.supervision.map(({ coachEmail: email, ...r }) => ({
    ...r,
    coachProfileId: profileId(email),
  }));
  record(
    "supervisionRecord",
    await syncByKey({
      desired: supervisionRows,
      key: (r) => `${String(r.coachProfileId)}/${(r.heldOn as Date).toISOString().slice(0, 10)}`,
      find: () =>
        tx.supervisionRecord.findMany({
          where: { coachProfileId: { in: [...new Set(supervisionRows.map((r) => r.coachProfileId))] } },
        }),
      createMany: (rows) => tx.supervisionRecord.createMany({ data: rows, skipDuplicates: true }),
      update: (r, d) => tx.supervisionRecord.update({ where: { id: r.id }, data: d }),
    }),
  );

  // The e-mails these events sent, already delivered (outbox.ts).
  const outboxRows = demoOutbox(data, {
    appUrl: appUrl ?? "http://localhost:3000",
    profileIdOf: (email) => profileId(email),
  }).map(({ id, createdAt, message }) => ({
    id,
    createdAt,
    kind: message.kind,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    ...(message.attachments?.length ? { attachments: message.attachments as unknown as Prisma.InputJsonArray } : {}),
    status: "sent" as const,
    attempts: 1,
    nextAttemptAt: createdAt,
    sentAt: new Date(createdAt.getTime() + 40_000),
    lastError: null,
  }));
  record("outboxEmail", await syncRowsById(tx.outboxEmail, outboxRows));

  return { created, updated };
}

/** Where the app keeps uploads (lib/env.ts: the folder UPLOADS_DIR, or object storage with STORAGE=s3). */
export function defaultUploadsStorage(): FileStorage {
  return storageFromSettings(parseEnv(process.env));
}

/**
 * Seeds the demo data in one transaction. `today` places the current cohorts and the recent
 * coach registrations in time; with the same calendar day (UTC) two runs give identical rows.
 * The demo certificates go to `storage` (the app's uploads folder by default).
 */
export async function seedDatabase(
  prisma: PrismaClient,
  today = new Date(),
  {
    storage = defaultUploadsStorage(),
    appUrl = process.env.NEXTAUTH_URL,
  }: { storage?: FileStorage; appUrl?: string } = {},
): Promise<SeedResult> {
  const data = buildSeedData(today);
  return prisma.$transaction(
    async (tx) => {
      const result = await seedAll(tx, data, storage, appUrl);
      await seedCredentialCurrency(tx, today);
      await seedSupervisionGroups(tx, today);
      await seedWorkshops(tx, today);
      await seedResources(tx, storage);
      await seedAvailability(tx, today);
      await seedGroupCoaching(tx, today);
      await seedActionPlan(tx, today);
      await seedFitAndPulse(tx, today);
      await seedSuggestions(tx);
      return result;
    },
    { maxWait: 20_000, timeout: 120_000 },
  );
}
