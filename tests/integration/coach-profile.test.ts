import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/lib/db/client";
import { COMMITMENTS_VERSION } from "@/lib/domain/commitments";
import type { Role } from "@/lib/domain/roles";
import type { ErrorKey } from "@/lib/i18n/keys";
import { DomainError } from "@/lib/server/errors";
import { createTestDatabase, type TestDatabase } from "../support/database";

// The file routes ask who is signed in; the tests say who.
const session = vi.hoisted(() => ({
  user: null as null | {
    id: string;
    email: string;
    name: string | null;
    preferredLanguage: "en";
    timeZone: string;
    roles: string[];
  },
}));
vi.mock("@/lib/server/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

// The coach's own registration, through the server verbs a page's actions call.
let db: TestDatabase;
let prisma: Db;
let uploadsDir: string;
// Verbs read settings (UPLOADS_DIR, DATABASE_URL for the outbox) when first used: import them
// once the test database and folders exist.
let v: {
  ensure: typeof import("@/lib/server/coaches/ensure-coach-profile").ensureCoachProfile;
  load: typeof import("@/lib/server/coaches/load-coach-profile").loadCoachProfile;
  about: typeof import("@/lib/server/coaches/save-coach-about").saveCoachAbout;
  coaching: typeof import("@/lib/server/coaches/save-coach-coaching").saveCoachCoaching;
  credentials: typeof import("@/lib/server/coaches/save-coach-credentials").saveCoachCredentials;
  capacity: typeof import("@/lib/server/coaches/save-coach-capacity").saveCoachCapacity;
  upload: typeof import("@/lib/server/coaches/upload-credential-document").uploadCredentialDocument;
  remove: typeof import("@/lib/server/coaches/delete-credential-document").deleteCredentialDocument;
  photo: typeof import("@/lib/server/coaches/upload-coach-photo").uploadCoachPhoto;
  removePhoto: typeof import("@/lib/server/coaches/remove-coach-photo").removeCoachPhoto;
  accept: typeof import("@/lib/server/coaches/accept-commitments").acceptCommitments;
  submit: typeof import("@/lib/server/coaches/submit-coach-profile").submitCoachProfile;
  kickOutbox: typeof import("@/lib/server/outbox-worker").kickOutbox;
  credentialRoute: typeof import("@/app/api/files/credentials/[id]/route").GET;
  photoRoute: typeof import("@/app/api/files/photos/[userId]/route").GET;
};

type Actor = { id: string; roles: Role[] };
let priya: Actor;
let carlos: Actor;
let amina: Actor;
let hana: Actor;
const ref = { entity: "", station: "", network: "" };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const EXE = [0x4d, 0x5a, 0x90, 0x00, 0x03];
const fileOf = (head: number[], name: string, size = 2048) => {
  const bytes = new Uint8Array(size);
  bytes.set(head.slice(0, size));
  return new File([bytes], name, { type: "application/octet-stream" });
};
const storedFiles = (folder: string) => {
  try {
    return readdirSync(path.join(uploadsDir, folder));
  } catch {
    return [];
  }
};
const refusal = (code: ErrorKey) => new DomainError(code);

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  uploadsDir = mkdtempSync(path.join(os.tmpdir(), "binome-uploads-"));
  process.env.DATABASE_URL = db.url;
  process.env.UPLOADS_DIR = uploadsDir;
  process.env.OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), "binome-outbox-"));
  process.env.NEXTAUTH_URL = "https://binome.example.org";
  v = {
    ensure: (await import("@/lib/server/coaches/ensure-coach-profile")).ensureCoachProfile,
    load: (await import("@/lib/server/coaches/load-coach-profile")).loadCoachProfile,
    about: (await import("@/lib/server/coaches/save-coach-about")).saveCoachAbout,
    coaching: (await import("@/lib/server/coaches/save-coach-coaching")).saveCoachCoaching,
    credentials: (await import("@/lib/server/coaches/save-coach-credentials")).saveCoachCredentials,
    capacity: (await import("@/lib/server/coaches/save-coach-capacity")).saveCoachCapacity,
    upload: (await import("@/lib/server/coaches/upload-credential-document")).uploadCredentialDocument,
    remove: (await import("@/lib/server/coaches/delete-credential-document")).deleteCredentialDocument,
    photo: (await import("@/lib/server/coaches/upload-coach-photo")).uploadCoachPhoto,
    removePhoto: (await import("@/lib/server/coaches/remove-coach-photo")).removeCoachPhoto,
    accept: (await import("@/lib/server/coaches/accept-commitments")).acceptCommitments,
    submit: (await import("@/lib/server/coaches/submit-coach-profile")).submitCoachProfile,
    kickOutbox: (await import("@/lib/server/outbox-worker")).kickOutbox,
    credentialRoute: (await import("@/app/api/files/credentials/[id]/route")).GET,
    photoRoute: (await import("@/app/api/files/photos/[userId]/route")).GET,
  };

  const entity = await prisma.entity.create({
    data: { code: "UNON", nameEn: "United Nations Office at Nairobi", nameFr: "Office des Nations Unies à Nairobi" },
  });
  const station = await prisma.dutyStation.create({
    data: { code: "NBO", nameEn: "Nairobi", nameFr: "Nairobi", timeZone: "Africa/Nairobi" },
  });
  const network = await prisma.professionalNetwork.create({
    data: { code: "ECONET", nameEn: "Economic", nameFr: "Économique" },
  });
  await prisma.language.createMany({
    data: [
      { code: "en", nameEn: "English", nameFr: "anglais" },
      { code: "fr", nameEn: "French", nameFr: "français" },
      { code: "sw", nameEn: "Swahili", nameFr: "swahili" },
    ],
  });
  Object.assign(ref, { entity: entity.id, station: station.id, network: network.id });
  const person = async (
    email: string,
    roles: Role[],
    extra: { name?: string; preferredLanguage?: "en" | "fr"; disabledAt?: Date } = {},
  ) => {
    const u = await prisma.user.create({
      data: { email, ...extra, roles: { create: roles.map((role) => ({ role })) } },
    });
    return { id: u.id, roles };
  };
  priya = await person("priya@example.org", ["coach"]);
  carlos = await person("carlos@example.org", ["coach"], { name: "Carlos Mendes" });
  amina = await person("amina@example.org", ["client"], { name: "Amina Diallo" });
  hana = await person("hana@example.org", ["hr_reviewer"], { name: "Hana Kim", preferredLanguage: "fr" });
  await person("hr2@example.org", ["hr_reviewer", "programme_admin"], { name: "Lee Park" });
  await person("gone.hr@example.org", ["hr_reviewer"], { disabledAt: new Date() });
});
afterAll(async () => {
  await db?.drop();
  if (uploadsDir) rmSync(uploadsDir, { recursive: true, force: true });
});

const profileOf = (actor: Actor) =>
  prisma.matchingProfile.findUniqueOrThrow({
    where: { userId_kind: { userId: actor.id, kind: "coach" } },
    include: { documents: true, user: { include: { networks: true } } },
  });
const auditCount = (action: string, actor: Actor) => prisma.auditLog.count({ where: { action, actorId: actor.id } });

const about = {
  name: "Priya Raman",
  entityId: "",
  dutyStationId: "",
  timeZone: "Africa/Nairobi",
  gender: "female" as const,
  languages: ["en", "sw"],
  networkIds: [] as string[],
};
const coaching = {
  coachingLanguages: ["en"],
  expertiseAreas: ["career", "skills"] as ("career" | "skills")[],
  bioEn: "Programme officer in Nairobi.",
  bioFr: "",
  approachEn: "",
  approachFr: "Je pose des questions.",
};

describe("a coach's own registration", () => {
  it("starts as a draft on the first visit, once", async () => {
    const first = await v.ensure(prisma, priya);
    const again = await v.ensure(prisma, priya);
    expect(again.id).toBe(first.id);
    expect(await prisma.matchingProfile.count({ where: { userId: priya.id } })).toBe(1);
    expect((await profileOf(priya)).status).toBe("draft");
    expect(await auditCount("coach.create", priya)).toBe(1);
    const view = await v.load(prisma, priya, "fr");
    expect(view?.profile.status).toBe("draft");
    expect(view?.missing).toContain("documents");
    expect(view?.canSubmit).toBe(false);
    expect(view?.options.timeZones).toContain("Africa/Nairobi");
  });

  it("saves the about section", async () => {
    await v.about(prisma, priya, {
      ...about,
      entityId: ref.entity,
      dutyStationId: ref.station,
      networkIds: [ref.network],
    });
    const p = await profileOf(priya);
    expect(p.user).toMatchObject({
      name: "Priya Raman",
      entityId: ref.entity,
      dutyStationId: ref.station,
      timeZone: "Africa/Nairobi",
      gender: "female",
      languages: ["en", "sw"],
    });
    expect(p.user.networks.map((n) => n.id)).toEqual([ref.network]);
    expect(await auditCount("coach.saveAbout", priya)).toBe(1);
  });

  it("refuses an unknown time zone, entity or language, changing nothing", async () => {
    await expect(v.about(prisma, priya, { ...about, timeZone: "Mars/Olympus" })).rejects.toEqual(
      refusal("timeZoneInvalid"),
    );
    await expect(v.about(prisma, priya, { ...about, entityId: "nope" })).rejects.toEqual(refusal("invalidInput"));
    await expect(v.about(prisma, priya, { ...about, languages: ["xx"] })).rejects.toEqual(refusal("invalidInput"));
    expect((await profileOf(priya)).user.entityId).toBe(ref.entity);
  });

  it("saves the coaching section, and wants an expertise area and a bio", async () => {
    await v.coaching(prisma, priya, coaching);
    expect(await profileOf(priya)).toMatchObject({
      coachingLanguages: ["en"],
      expertiseAreas: ["career", "skills"],
      bioEn: "Programme officer in Nairobi.",
      bioFr: null,
      approachEn: null,
      approachFr: "Je pose des questions.",
    });
    await expect(v.coaching(prisma, priya, { ...coaching, expertiseAreas: [] })).rejects.toEqual(
      refusal("expertiseRequired"),
    );
    await expect(v.coaching(prisma, priya, { ...coaching, bioEn: "  ", bioFr: "" })).rejects.toEqual(
      refusal("bioRequired"),
    );
    await expect(v.coaching(prisma, priya, { ...coaching, coachingLanguages: ["xx"] })).rejects.toEqual(
      refusal("invalidInput"),
    );
  });

  it("saves the credentials, keeping hours only for ICF training", async () => {
    await v.credentials(prisma, priya, {
      staffStatus: "former",
      credentialKind: "icf_pcc",
      trainingHours: 80,
      observedPractice: true,
    });
    expect(await profileOf(priya)).toMatchObject({
      isFormerStaff: true,
      credentialKind: "icf_pcc",
      trainingHours: null,
      observedPractice: null,
    });
    await v.credentials(prisma, priya, {
      staffStatus: "current",
      credentialKind: "icf_training",
      trainingHours: 40,
      observedPractice: false,
    });
    expect(await profileOf(priya)).toMatchObject({
      isFormerStaff: false,
      credentialKind: "icf_training",
      trainingHours: 40,
      observedPractice: false,
    });
    const view = await v.load(prisma, priya, "en");
    expect(view?.missing).toEqual(expect.arrayContaining(["trainingHours", "observedPractice"]));
  });

  it("keeps capacity between 1 and 3", async () => {
    await v.capacity(prisma, priya, { capacity: 3, availability: "paused" });
    expect(await profileOf(priya)).toMatchObject({ capacity: 3, availability: "paused" });
    await expect(v.capacity(prisma, priya, { capacity: 0, availability: "open" })).rejects.toEqual(
      refusal("capacityRange"),
    );
    await expect(v.capacity(prisma, priya, { capacity: 4, availability: "open" })).rejects.toEqual(
      refusal("capacityRange"),
    );
    await expect(v.capacity(prisma, priya, { capacity: 2.5, availability: "open" })).rejects.toEqual(
      refusal("capacityRange"),
    );
    expect(await profileOf(priya)).toMatchObject({ capacity: 3, availability: "paused" });
  });

  it("records the acceptance of the current commitments", async () => {
    await expect(v.accept(prisma, priya, { accept: false as never })).rejects.toEqual(refusal("commitmentsRequired"));
    await v.accept(prisma, priya, { accept: true });
    const p = await profileOf(priya);
    expect(p.commitmentsVersion).toBe(COMMITMENTS_VERSION);
    expect(p.commitmentsAcceptedAt).toBeInstanceOf(Date);
    const entry = await prisma.auditLog.findFirstOrThrow({
      where: { action: "coach.acceptCommitments", actorId: priya.id },
    });
    expect(entry).toMatchObject({
      targetType: "MatchingProfile",
      targetId: p.id,
      data: { version: COMMITMENTS_VERSION },
    });
  });
});

describe("credential documents", () => {
  beforeEach(async () => {
    await prisma.credentialDocument.deleteMany({ where: { coachProfile: { userId: priya.id } } });
  });

  it("stores a PDF renamed .png as the PDF it is, under a name that says so", async () => {
    const { id } = await v.upload(prisma, priya, { file: fileOf(PDF, "certificate.png") });
    const doc = await prisma.credentialDocument.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ fileName: "certificate.pdf", contentType: "application/pdf", size: 2048 });
    expect(doc.storageKey).toMatch(/^credentials\/[0-9a-f-]{36}$/);
    expect(storedFiles("credentials")).toContain(doc.storageKey.split("/")[1]);
    expect(
      await prisma.auditLog.count({ where: { action: "coach.uploadDocument", actorId: priya.id } }),
    ).toBeGreaterThan(0);
  });

  it("keeps several documents and cleans their names", async () => {
    await v.upload(prisma, priya, { file: fileOf(PDF, "../../etc/ICF PCC.pdf") });
    await v.upload(prisma, priya, { file: fileOf(PNG, "attestation") });
    const docs = await prisma.credentialDocument.findMany({
      where: { coachProfile: { userId: priya.id } },
      orderBy: { uploadedAt: "asc" },
    });
    expect(docs.map((d) => [d.fileName, d.contentType])).toEqual([
      ["ICF PCC.pdf", "application/pdf"],
      ["attestation.png", "image/png"],
    ]);
  });

  it("refuses an executable renamed .pdf, an empty file and an 11 MB file, storing nothing", async () => {
    const before = storedFiles("credentials").length;
    await expect(v.upload(prisma, priya, { file: fileOf(EXE, "certificate.pdf") })).rejects.toEqual(
      refusal("fileType"),
    );
    await expect(v.upload(prisma, priya, { file: new File([], "empty.pdf") })).rejects.toEqual(refusal("fileEmpty"));
    await expect(v.upload(prisma, priya, { file: fileOf(PDF, "huge.pdf", 11 * 1024 * 1024) })).rejects.toEqual(
      refusal("fileTooLarge"),
    );
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(0);
    expect(storedFiles("credentials").length).toBe(before);
  });

  it("accepts a file of exactly 10 MB", async () => {
    await v.upload(prisma, priya, { file: fileOf(PDF, "scan.pdf", 10 * 1024 * 1024) });
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(1);
  });

  it("deletes the coach's own document, row and bytes", async () => {
    const { id } = await v.upload(prisma, priya, { file: fileOf(PDF, "old.pdf") });
    const { storageKey } = await prisma.credentialDocument.findUniqueOrThrow({ where: { id } });
    await v.remove(prisma, priya, { documentId: id });
    expect(await prisma.credentialDocument.count({ where: { id } })).toBe(0);
    expect(storedFiles("credentials")).not.toContain(storageKey.split("/")[1]);
    expect(await prisma.auditLog.count({ where: { action: "coach.deleteDocument", actorId: priya.id } })).toBe(1);
  });
});

describe("profile photo", () => {
  it("takes a PNG or JPEG of at most 2 MB and replaces the previous one", async () => {
    await v.photo(prisma, priya, { file: fileOf(PNG, "me.png") });
    const first = (await profileOf(priya)).photoKey!;
    expect(first).toMatch(/^photos\//);
    await v.photo(prisma, priya, { file: fileOf(PNG, "me-again.png") });
    const second = (await profileOf(priya)).photoKey!;
    expect(second).not.toBe(first);
    expect(storedFiles("photos")).toEqual([second.split("/")[1]]);
    await expect(v.photo(prisma, priya, { file: fileOf(PDF, "me.png") })).rejects.toEqual(refusal("photoType"));
    await expect(v.photo(prisma, priya, { file: fileOf(PNG, "big.png", 3 * 1024 * 1024) })).rejects.toEqual(
      refusal("photoTooLarge"),
    );
    expect(storedFiles("photos")).toEqual([second.split("/")[1]]);
    await v.removePhoto(prisma, priya);
    expect((await profileOf(priya)).photoKey).toBeNull();
    expect(storedFiles("photos")).toEqual([]);
  });
});

describe("submitting for review", () => {
  it("is refused while something is missing, changing nothing", async () => {
    // Training under 50 hours, no observed practice, no document.
    await expect(v.submit(prisma, priya)).rejects.toEqual(refusal("profileIncomplete"));
    expect((await profileOf(priya)).status).toBe("draft");
    expect(await prisma.outboxEmail.count()).toBe(0);
  });

  it("sends a complete profile to HR, with an audit row and an e-mail to each active HR reviewer in their language", async () => {
    await v.credentials(prisma, priya, {
      staffStatus: "current",
      credentialKind: "icf_training",
      trainingHours: 60,
      observedPractice: true,
    });
    await v.capacity(prisma, priya, { capacity: 2, availability: "open" });
    await v.upload(prisma, priya, { file: fileOf(PDF, "training.pdf") });
    await prisma.matchingProfile.update({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
      data: { reviewMessage: "Old message" },
    });
    expect((await v.load(prisma, priya, "en"))?.canSubmit).toBe(true);

    await v.submit(prisma, priya);
    await v.kickOutbox();
    const p = await profileOf(priya);
    expect(p).toMatchObject({ status: "submitted", reviewMessage: null });
    expect(p.submittedAt).toBeInstanceOf(Date);
    const entry = await prisma.auditLog.findFirstOrThrow({ where: { action: "coach.submit" } });
    expect(entry).toMatchObject({ actorId: priya.id, targetType: "MatchingProfile", targetId: p.id });

    const mails = await prisma.outboxEmail.findMany({ orderBy: { to: "asc" } });
    expect(mails.map((m) => m.to)).toEqual(["hana@example.org", "hr2@example.org"]);
    const [fr, en] = mails;
    expect(fr.subject).toBe("Titres de compétence à examiner : Priya Raman");
    expect(fr.text).toContain("Bonjour Hana Kim,");
    expect(en.subject).toBe("Credentials to review: Priya Raman");
    for (const m of mails) expect(m.text).toContain(`https://binome.example.org/hr/credentials/${p.id}`);
  });

  it("locks the credentials and documents once submitted, and refuses a second submission", async () => {
    const docs = await prisma.credentialDocument.findMany({ where: { coachProfile: { userId: priya.id } } });
    const files = storedFiles("credentials").length;
    await expect(
      v.credentials(prisma, priya, {
        staffStatus: "current",
        credentialKind: "icf_mcc",
        trainingHours: null,
        observedPractice: false,
      }),
    ).rejects.toEqual(refusal("credentialsLocked"));
    await expect(v.upload(prisma, priya, { file: fileOf(PDF, "late.pdf") })).rejects.toEqual(
      refusal("credentialsLocked"),
    );
    await expect(v.remove(prisma, priya, { documentId: docs[0].id })).rejects.toEqual(refusal("credentialsLocked"));
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(docs.length);
    expect(storedFiles("credentials").length).toBe(files);
    expect((await profileOf(priya)).credentialKind).toBe("icf_training");
    await expect(v.submit(prisma, priya)).rejects.toEqual(refusal("transitionNotAllowed"));
    // The rest of the profile stays editable.
    await v.capacity(prisma, priya, { capacity: 1, availability: "open" });
    await v.coaching(prisma, priya, { ...coaching, bioFr: "Chargée de programme à Nairobi." });
    expect((await v.load(prisma, priya, "en"))?.credentialsEditable).toBe(false);
  });

  it("lets a coach change credentials again, and resubmit, when HR asked for changes", async () => {
    await prisma.matchingProfile.update({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
      data: { status: "changes_requested", reviewMessage: "Add your ICF certificate." },
    });
    await prisma.outboxEmail.deleteMany();
    const view = await v.load(prisma, priya, "en");
    expect(view?.profile.reviewMessage).toBe("Add your ICF certificate.");
    expect(view?.credentialsEditable).toBe(true);
    await v.upload(prisma, priya, { file: fileOf(PNG, "icf.png") });
    await v.submit(prisma, priya);
    await v.kickOutbox();
    expect(await profileOf(priya)).toMatchObject({ status: "submitted", reviewMessage: null });
    expect(await prisma.outboxEmail.count()).toBe(2);
  });
});

describe("who may do what", () => {
  it("keeps a coach away from another coach's profile and documents", async () => {
    await v.ensure(prisma, carlos);
    await prisma.matchingProfile.update({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
      data: { status: "draft" },
    });
    const priyaDocs = await prisma.credentialDocument.findMany({ where: { coachProfile: { userId: priya.id } } });
    const files = storedFiles("credentials").length;
    await expect(v.remove(prisma, carlos, { documentId: priyaDocs[0].id })).rejects.toEqual(refusal("notFound"));
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(
      priyaDocs.length,
    );
    expect(storedFiles("credentials").length).toBe(files);
    // Carlos's saves land on Carlos's own profile only.
    const priyaBefore = await profileOf(priya);
    await v.capacity(prisma, carlos, { capacity: 1, availability: "paused" });
    await v.upload(prisma, carlos, { file: fileOf(PDF, "carlos.pdf") });
    const priyaAfter = await profileOf(priya);
    expect(priyaAfter.capacity).toBe(priyaBefore.capacity);
    expect(priyaAfter.documents.length).toBe(priyaBefore.documents.length);
    expect((await profileOf(carlos)).documents.map((d) => d.fileName)).toEqual(["carlos.pdf"]);
    expect((await v.load(prisma, carlos, "en"))?.documents.map((d) => d.fileName)).toEqual(["carlos.pdf"]);
  });

  it("refuses every verb to a person without the coach role, changing nothing", async () => {
    const priyaDocs = await prisma.credentialDocument.findMany({ where: { coachProfile: { userId: priya.id } } });
    const audits = await prisma.auditLog.count();
    const files = storedFiles("credentials").length;
    const attempts: (() => Promise<unknown>)[] = [
      () => v.ensure(prisma, amina),
      () => v.load(prisma, amina, "en"),
      () => v.about(prisma, amina, about),
      () => v.coaching(prisma, amina, coaching),
      () =>
        v.credentials(prisma, amina, {
          staffStatus: "current",
          credentialKind: "icf_acc",
          trainingHours: null,
          observedPractice: false,
        }),
      () => v.capacity(prisma, amina, { capacity: 2, availability: "open" }),
      () => v.upload(prisma, amina, { file: fileOf(PDF, "x.pdf") }),
      () => v.remove(prisma, amina, { documentId: priyaDocs[0].id }),
      () => v.photo(prisma, amina, { file: fileOf(PNG, "x.png") }),
      () => v.removePhoto(prisma, amina),
      () => v.accept(prisma, amina, { accept: true }),
      () => v.submit(prisma, amina),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toEqual(refusal("forbidden"));
    expect(await prisma.matchingProfile.count({ where: { userId: amina.id } })).toBe(0);
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(
      priyaDocs.length,
    );
    expect(await prisma.auditLog.count()).toBe(audits);
    expect(storedFiles("credentials").length).toBe(files);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: amina.id } })).name).toBe("Amina Diallo");
  });
});

describe("file routes", () => {
  const signIn = (actor: Actor | null) => {
    session.user = actor && {
      id: actor.id,
      email: "x@example.org",
      name: null,
      preferredLanguage: "en",
      timeZone: "UTC",
      roles: actor.roles,
    };
  };
  const getDocument = (id: string) =>
    v.credentialRoute(new Request(`http://localhost/api/files/credentials/${id}`), { params: Promise.resolve({ id }) });
  const getPhoto = (userId: string) =>
    v.photoRoute(new Request(`http://localhost/api/files/photos/${userId}`), { params: Promise.resolve({ userId }) });

  it("streams a credential document to its coach and HR only (canReadCredentials), inline and uncached", async () => {
    const [doc] = await prisma.credentialDocument.findMany({
      where: { coachProfile: { userId: priya.id }, contentType: "application/pdf" },
    });
    signIn(priya);
    const own = await getDocument(doc.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    expect(own.headers.get("content-disposition")).toContain("inline");
    expect(new Uint8Array(await own.arrayBuffer()).subarray(0, 5)).toEqual(new Uint8Array(PDF.slice(0, 5)));
    signIn(hana);
    expect((await getDocument(doc.id)).status).toBe(200);
    for (const other of [carlos, amina]) {
      signIn(other);
      expect((await getDocument(doc.id)).status).toBe(404);
    }
    signIn(null);
    expect((await getDocument(doc.id)).status).toBe(401);
  });

  it("offers a document stored before names were cleaned under a clean name with the right extension", async () => {
    const [doc] = await prisma.credentialDocument.findMany({
      where: { coachProfile: { userId: priya.id }, contentType: "application/pdf" },
    });
    // U+202E would show "invoice\u202Eftp.html" as "invoicelmth.ptf" on HR's review page.
    await prisma.credentialDocument.update({ where: { id: doc.id }, data: { fileName: "invoice\u202Egnp.html" } });
    signIn(hana);
    const res = await getDocument(doc.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="invoicegnp.pdf"; filename*=UTF-8''invoicegnp.pdf`,
    );
  });

  it("answers a malformed id with 404, before any query", async () => {
    signIn(hana);
    for (const id of ["\u0000", "a/b", "x".repeat(65), "%00", "' or 1=1 --"]) {
      expect((await getDocument(id)).status, id).toBe(404);
      expect((await getPhoto(id)).status, id).toBe(404);
    }
  });

  it("shows a coach's photo to whoever may see the profile, typed by its content and uncached", async () => {
    await v.photo(prisma, priya, { file: fileOf(PNG, "photo.jpg") });
    const profile = await prisma.matchingProfile.findUniqueOrThrow({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
    });
    const photoStatus = async (viewer: Actor | null) => {
      signIn(viewer);
      return (await getPhoto(priya.id)).status;
    };

    // Listed in the directory (approved, taking clients): every signed-in person.
    await prisma.matchingProfile.update({
      where: { id: profile.id },
      data: { status: "approved", availability: "open" },
    });
    signIn(amina);
    const res = await getPhoto(priya.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await photoStatus(carlos)).toBe(200);
    expect(await photoStatus(null)).toBe(401);

    // Not listed (paused, or not approved): the coach, HR and admins, and people paired with her only.
    await prisma.matchingProfile.update({ where: { id: profile.id }, data: { availability: "paused" } });
    expect(await photoStatus(amina)).toBe(404);
    expect(await photoStatus(carlos)).toBe(404);
    expect(await photoStatus(priya)).toBe(200);
    expect(await photoStatus(hana)).toBe(200);
    const programme = await prisma.programme.create({
      data: {
        slug: `photos-${Date.now()}`,
        type: "coaching",
        nameEn: "Photos",
        nameFr: "Photos",
        descriptionEn: "A programme for this test.",
        descriptionFr: "Un programme pour ce test.",
      },
    });
    await prisma.engagement.create({
      data: { programmeId: programme.id, profileId: profile.id, seekerId: amina.id, status: "ended" },
    });
    expect(await photoStatus(amina)).toBe(200);
    expect(await photoStatus(carlos)).toBe(404);

    // A coach who is not approved is not listed either, even when open.
    await prisma.matchingProfile.update({
      where: { id: profile.id },
      data: { status: "submitted", availability: "open" },
    });
    expect(await photoStatus(carlos)).toBe(404);
    // A coach without a photo: nothing, for anyone.
    expect(await photoStatus(hana)).toBe(200);
    signIn(hana);
    expect((await getPhoto(carlos.id)).status).toBe(404);
  });
});
