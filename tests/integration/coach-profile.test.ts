import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { COMMITMENTS_VERSION } from "@/lib/domain/commitments";
import type { Role } from "@/lib/domain/roles";
import type { ErrorKey } from "@/lib/i18n/keys";
import { DomainError } from "@/lib/server/errors";
import { setUpApp } from "../support/app";

// The coach's own registration, through the server verbs a page's actions call; the file routes
// ask who is signed in: the tests sign people in.
const { prisma, make, uploadsDir, signIn, signOut } = await setUpApp({ requests: true });
const { ensureCoachProfile } = await import("@/lib/server/coaches/ensure-coach-profile");
const { loadCoachProfile } = await import("@/lib/server/coaches/load-coach-profile");
const { saveCoachAbout } = await import("@/lib/server/coaches/save-coach-about");
const { saveCoachCoaching } = await import("@/lib/server/coaches/save-coach-coaching");
const { saveCoachCredentials } = await import("@/lib/server/coaches/save-coach-credentials");
const { saveCoachCapacity } = await import("@/lib/server/coaches/save-coach-capacity");
const { uploadCredentialDocument } = await import("@/lib/server/coaches/upload-credential-document");
const { deleteCredentialDocument } = await import("@/lib/server/coaches/delete-credential-document");
const { uploadCoachPhoto } = await import("@/lib/server/coaches/upload-coach-photo");
const { removeCoachPhoto } = await import("@/lib/server/coaches/remove-coach-photo");
const { acceptCommitments } = await import("@/lib/server/coaches/accept-commitments");
const { submitCoachProfile } = await import("@/lib/server/coaches/submit-coach-profile");
const { kickOutbox } = await import("@/lib/server/outbox-worker");
const { GET: credentialRoute } = await import("@/app/api/files/credentials/[id]/route");
const { GET: photoRoute } = await import("@/app/api/files/photos/[userId]/route");

type Actor = { id: string; roles: Role[] };

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

const ref = {
  entity: (
    await make.entity({
      code: "UNON",
      nameEn: "United Nations Office at Nairobi",
      nameFr: "Office des Nations Unies à Nairobi",
    })
  ).id,
  station: (await make.dutyStation({ code: "NBO", nameEn: "Nairobi", nameFr: "Nairobi", timeZone: "Africa/Nairobi" }))
    .id,
  network: (await make.network({ code: "ECONET", nameEn: "Economic", nameFr: "Économique" })).id,
};
await make.languages(["en", "fr", "sw"]);
const priya: Actor = await make.person({ email: "priya@example.org", roles: ["coach"] });
const carlos: Actor = await make.person({ email: "carlos@example.org", roles: ["coach"], name: "Carlos Mendes" });
const amina: Actor = await make.person({ email: "amina@example.org", roles: ["client"], name: "Amina Diallo" });
const hana: Actor = await make.person({
  email: "hana@example.org",
  roles: ["hr_reviewer"],
  name: "Hana Kim",
  preferredLanguage: "fr",
});
await make.person({ email: "hr2@example.org", roles: ["hr_reviewer", "programme_admin"], name: "Lee Park" });
await make.person({ email: "gone.hr@example.org", roles: ["hr_reviewer"], disabled: true });

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
    const first = await ensureCoachProfile(prisma, priya);
    const again = await ensureCoachProfile(prisma, priya);
    expect(again.id).toBe(first.id);
    expect(await prisma.matchingProfile.count({ where: { userId: priya.id } })).toBe(1);
    expect((await profileOf(priya)).status).toBe("draft");
    expect(await auditCount("coach.create", priya)).toBe(1);
    const view = await loadCoachProfile(prisma, priya, "fr");
    expect(view?.profile.status).toBe("draft");
    expect(view?.missing).toContain("documents");
    expect(view?.canSubmit).toBe(false);
    expect(view?.options.timeZones).toContain("Africa/Nairobi");
  });

  it("saves the about section", async () => {
    await saveCoachAbout(prisma, priya, {
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
    await expect(saveCoachAbout(prisma, priya, { ...about, timeZone: "Mars/Olympus" })).rejects.toEqual(
      refusal("timeZoneInvalid"),
    );
    await expect(saveCoachAbout(prisma, priya, { ...about, entityId: "nope" })).rejects.toEqual(
      refusal("invalidInput"),
    );
    await expect(saveCoachAbout(prisma, priya, { ...about, languages: ["xx"] })).rejects.toEqual(
      refusal("invalidInput"),
    );
    expect((await profileOf(priya)).user.entityId).toBe(ref.entity);
  });

  it("saves the coaching section, and wants an expertise area and a bio", async () => {
    await saveCoachCoaching(prisma, priya, coaching);
    expect(await profileOf(priya)).toMatchObject({
      coachingLanguages: ["en"],
      expertiseAreas: ["career", "skills"],
      bioEn: "Programme officer in Nairobi.",
      bioFr: null,
      approachEn: null,
      approachFr: "Je pose des questions.",
    });
    await expect(saveCoachCoaching(prisma, priya, { ...coaching, expertiseAreas: [] })).rejects.toEqual(
      refusal("expertiseRequired"),
    );
    await expect(saveCoachCoaching(prisma, priya, { ...coaching, bioEn: "  ", bioFr: "" })).rejects.toEqual(
      refusal("bioRequired"),
    );
    await expect(saveCoachCoaching(prisma, priya, { ...coaching, coachingLanguages: ["xx"] })).rejects.toEqual(
      refusal("invalidInput"),
    );
  });

  it("saves the credentials, keeping hours only for ICF training", async () => {
    await saveCoachCredentials(prisma, priya, {
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
    await saveCoachCredentials(prisma, priya, {
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
    const view = await loadCoachProfile(prisma, priya, "en");
    expect(view?.missing).toEqual(expect.arrayContaining(["trainingHours", "observedPractice"]));
  });

  it("keeps capacity between 1 and 3", async () => {
    await saveCoachCapacity(prisma, priya, { capacity: 3, availability: "paused" });
    expect(await profileOf(priya)).toMatchObject({ capacity: 3, availability: "paused" });
    await expect(saveCoachCapacity(prisma, priya, { capacity: 0, availability: "open" })).rejects.toEqual(
      refusal("capacityRange"),
    );
    await expect(saveCoachCapacity(prisma, priya, { capacity: 4, availability: "open" })).rejects.toEqual(
      refusal("capacityRange"),
    );
    await expect(saveCoachCapacity(prisma, priya, { capacity: 2.5, availability: "open" })).rejects.toEqual(
      refusal("capacityRange"),
    );
    expect(await profileOf(priya)).toMatchObject({ capacity: 3, availability: "paused" });
  });

  it("records the acceptance of the current commitments", async () => {
    await expect(acceptCommitments(prisma, priya, { accept: false as never })).rejects.toEqual(
      refusal("commitmentsRequired"),
    );
    await acceptCommitments(prisma, priya, { accept: true });
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
    const { id } = await uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "certificate.png") });
    const doc = await prisma.credentialDocument.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ fileName: "certificate.pdf", contentType: "application/pdf", size: 2048 });
    expect(doc.storageKey).toMatch(/^credentials\/[0-9a-f-]{36}$/);
    expect(storedFiles("credentials")).toContain(doc.storageKey.split("/")[1]);
    expect(
      await prisma.auditLog.count({ where: { action: "coach.uploadDocument", actorId: priya.id } }),
    ).toBeGreaterThan(0);
  });

  it("keeps several documents and cleans their names", async () => {
    await uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "../../etc/ICF PCC.pdf") });
    await uploadCredentialDocument(prisma, priya, { file: fileOf(PNG, "attestation") });
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
    await expect(uploadCredentialDocument(prisma, priya, { file: fileOf(EXE, "certificate.pdf") })).rejects.toEqual(
      refusal("fileType"),
    );
    await expect(uploadCredentialDocument(prisma, priya, { file: new File([], "empty.pdf") })).rejects.toEqual(
      refusal("fileEmpty"),
    );
    await expect(
      uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "huge.pdf", 11 * 1024 * 1024) }),
    ).rejects.toEqual(refusal("fileTooLarge"));
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(0);
    expect(storedFiles("credentials").length).toBe(before);
  });

  it("accepts a file of exactly 10 MB", async () => {
    await uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "scan.pdf", 10 * 1024 * 1024) });
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(1);
  });

  it("deletes the coach's own document, row and bytes", async () => {
    const { id } = await uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "old.pdf") });
    const { storageKey } = await prisma.credentialDocument.findUniqueOrThrow({ where: { id } });
    await deleteCredentialDocument(prisma, priya, { documentId: id });
    expect(await prisma.credentialDocument.count({ where: { id } })).toBe(0);
    expect(storedFiles("credentials")).not.toContain(storageKey.split("/")[1]);
    expect(await prisma.auditLog.count({ where: { action: "coach.deleteDocument", actorId: priya.id } })).toBe(1);
  });
});

describe("profile photo", () => {
  it("takes a PNG or JPEG of at most 2 MB and replaces the previous one", async () => {
    await uploadCoachPhoto(prisma, priya, { file: fileOf(PNG, "me.png") });
    const first = (await profileOf(priya)).photoKey!;
    expect(first).toMatch(/^photos\//);
    await uploadCoachPhoto(prisma, priya, { file: fileOf(PNG, "me-again.png") });
    const second = (await profileOf(priya)).photoKey!;
    expect(second).not.toBe(first);
    expect(storedFiles("photos")).toEqual([second.split("/")[1]]);
    await expect(uploadCoachPhoto(prisma, priya, { file: fileOf(PDF, "me.png") })).rejects.toEqual(
      refusal("photoType"),
    );
    await expect(uploadCoachPhoto(prisma, priya, { file: fileOf(PNG, "big.png", 3 * 1024 * 1024) })).rejects.toEqual(
      refusal("photoTooLarge"),
    );
    expect(storedFiles("photos")).toEqual([second.split("/")[1]]);
    await removeCoachPhoto(prisma, priya);
    expect((await profileOf(priya)).photoKey).toBeNull();
    expect(storedFiles("photos")).toEqual([]);
  });
});

describe("submitting for review", () => {
  it("is refused while something is missing, changing nothing", async () => {
    // Training under 50 hours, no observed practice, no document.
    await expect(submitCoachProfile(prisma, priya)).rejects.toEqual(refusal("profileIncomplete"));
    expect((await profileOf(priya)).status).toBe("draft");
    expect(await prisma.outboxEmail.count()).toBe(0);
  });

  it("sends a complete profile to HR, with an audit row and an e-mail to each active HR reviewer in their language", async () => {
    await saveCoachCredentials(prisma, priya, {
      staffStatus: "current",
      credentialKind: "icf_training",
      trainingHours: 60,
      observedPractice: true,
    });
    await saveCoachCapacity(prisma, priya, { capacity: 2, availability: "open" });
    await uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "training.pdf") });
    await prisma.matchingProfile.update({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
      data: { reviewMessage: "Old message" },
    });
    expect((await loadCoachProfile(prisma, priya, "en"))?.canSubmit).toBe(true);

    await submitCoachProfile(prisma, priya);
    await kickOutbox();
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
      saveCoachCredentials(prisma, priya, {
        staffStatus: "current",
        credentialKind: "icf_mcc",
        trainingHours: null,
        observedPractice: false,
      }),
    ).rejects.toEqual(refusal("credentialsLocked"));
    await expect(uploadCredentialDocument(prisma, priya, { file: fileOf(PDF, "late.pdf") })).rejects.toEqual(
      refusal("credentialsLocked"),
    );
    await expect(deleteCredentialDocument(prisma, priya, { documentId: docs[0].id })).rejects.toEqual(
      refusal("credentialsLocked"),
    );
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(docs.length);
    expect(storedFiles("credentials").length).toBe(files);
    expect((await profileOf(priya)).credentialKind).toBe("icf_training");
    await expect(submitCoachProfile(prisma, priya)).rejects.toEqual(refusal("transitionNotAllowed"));
    // The rest of the profile stays editable.
    await saveCoachCapacity(prisma, priya, { capacity: 1, availability: "open" });
    await saveCoachCoaching(prisma, priya, { ...coaching, bioFr: "Chargée de programme à Nairobi." });
    expect((await loadCoachProfile(prisma, priya, "en"))?.credentialsEditable).toBe(false);
  });

  it("lets a coach change credentials again, and resubmit, when HR asked for changes", async () => {
    await prisma.matchingProfile.update({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
      data: { status: "changes_requested", reviewMessage: "Add your ICF certificate." },
    });
    await prisma.outboxEmail.deleteMany();
    const view = await loadCoachProfile(prisma, priya, "en");
    expect(view?.profile.reviewMessage).toBe("Add your ICF certificate.");
    expect(view?.credentialsEditable).toBe(true);
    await uploadCredentialDocument(prisma, priya, { file: fileOf(PNG, "icf.png") });
    await submitCoachProfile(prisma, priya);
    await kickOutbox();
    expect(await profileOf(priya)).toMatchObject({ status: "submitted", reviewMessage: null });
    expect(await prisma.outboxEmail.count()).toBe(2);
  });
});

describe("who may do what", () => {
  it("keeps a coach away from another coach's profile and documents", async () => {
    await ensureCoachProfile(prisma, carlos);
    await prisma.matchingProfile.update({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
      data: { status: "draft" },
    });
    const priyaDocs = await prisma.credentialDocument.findMany({ where: { coachProfile: { userId: priya.id } } });
    const files = storedFiles("credentials").length;
    await expect(deleteCredentialDocument(prisma, carlos, { documentId: priyaDocs[0].id })).rejects.toEqual(
      refusal("notFound"),
    );
    expect(await prisma.credentialDocument.count({ where: { coachProfile: { userId: priya.id } } })).toBe(
      priyaDocs.length,
    );
    expect(storedFiles("credentials").length).toBe(files);
    // Carlos's saves land on Carlos's own profile only.
    const priyaBefore = await profileOf(priya);
    await saveCoachCapacity(prisma, carlos, { capacity: 1, availability: "paused" });
    await uploadCredentialDocument(prisma, carlos, { file: fileOf(PDF, "carlos.pdf") });
    const priyaAfter = await profileOf(priya);
    expect(priyaAfter.capacity).toBe(priyaBefore.capacity);
    expect(priyaAfter.documents.length).toBe(priyaBefore.documents.length);
    expect((await profileOf(carlos)).documents.map((d) => d.fileName)).toEqual(["carlos.pdf"]);
    expect((await loadCoachProfile(prisma, carlos, "en"))?.documents.map((d) => d.fileName)).toEqual(["carlos.pdf"]);
  });

  it("refuses every verb to a person without the coach role, changing nothing", async () => {
    const priyaDocs = await prisma.credentialDocument.findMany({ where: { coachProfile: { userId: priya.id } } });
    const audits = await prisma.auditLog.count();
    const files = storedFiles("credentials").length;
    const attempts: (() => Promise<unknown>)[] = [
      () => ensureCoachProfile(prisma, amina),
      () => loadCoachProfile(prisma, amina, "en"),
      () => saveCoachAbout(prisma, amina, about),
      () => saveCoachCoaching(prisma, amina, coaching),
      () =>
        saveCoachCredentials(prisma, amina, {
          staffStatus: "current",
          credentialKind: "icf_acc",
          trainingHours: null,
          observedPractice: false,
        }),
      () => saveCoachCapacity(prisma, amina, { capacity: 2, availability: "open" }),
      () => uploadCredentialDocument(prisma, amina, { file: fileOf(PDF, "x.pdf") }),
      () => deleteCredentialDocument(prisma, amina, { documentId: priyaDocs[0].id }),
      () => uploadCoachPhoto(prisma, amina, { file: fileOf(PNG, "x.png") }),
      () => removeCoachPhoto(prisma, amina),
      () => acceptCommitments(prisma, amina, { accept: true }),
      () => submitCoachProfile(prisma, amina),
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
  /** Signs `actor` in (a new session), or out. */
  const signInAs = async (actor: Actor | null) => (actor ? void (await signIn(actor)) : signOut());
  const getDocument = (id: string) =>
    credentialRoute(new Request(`http://localhost/api/files/credentials/${id}`), { params: Promise.resolve({ id }) });
  const getPhoto = (userId: string) =>
    photoRoute(new Request(`http://localhost/api/files/photos/${userId}`), { params: Promise.resolve({ userId }) });

  it("streams a credential document to its coach and HR only (canReadCredentials), inline and uncached", async () => {
    const [doc] = await prisma.credentialDocument.findMany({
      where: { coachProfile: { userId: priya.id }, contentType: "application/pdf" },
    });
    await signInAs(priya);
    const own = await getDocument(doc.id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("cache-control")).toBe("private, no-store");
    expect(own.headers.get("content-disposition")).toContain("inline");
    // Shown inside the HR review page: framed by the app itself only, never sniffed.
    expect(own.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(own.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
    expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await own.arrayBuffer()).subarray(0, 5)).toEqual(new Uint8Array(PDF.slice(0, 5)));
    await signInAs(hana);
    expect((await getDocument(doc.id)).status).toBe(200);
    for (const other of [carlos, amina]) {
      await signInAs(other);
      expect((await getDocument(doc.id)).status).toBe(404);
    }
    await signInAs(null);
    expect((await getDocument(doc.id)).status).toBe(401);
  });

  it("offers a document stored before names were cleaned under a clean name with the right extension", async () => {
    const [doc] = await prisma.credentialDocument.findMany({
      where: { coachProfile: { userId: priya.id }, contentType: "application/pdf" },
    });
    // U+202E would show "invoice\u202Eftp.html" as "invoicelmth.ptf" on HR's review page.
    await prisma.credentialDocument.update({ where: { id: doc.id }, data: { fileName: "invoice\u202Egnp.html" } });
    await signInAs(hana);
    const res = await getDocument(doc.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="invoicegnp.pdf"; filename*=UTF-8''invoicegnp.pdf`,
    );
  });

  it("answers a malformed id with 404, before any query", async () => {
    await signInAs(hana);
    for (const id of ["\u0000", "a/b", "x".repeat(65), "%00", "' or 1=1 --"]) {
      expect((await getDocument(id)).status, id).toBe(404);
      expect((await getPhoto(id)).status, id).toBe(404);
    }
  });

  it("shows a coach's photo to whoever may see the profile, typed by its content and uncached", async () => {
    await uploadCoachPhoto(prisma, priya, { file: fileOf(PNG, "photo.jpg") });
    const profile = await prisma.matchingProfile.findUniqueOrThrow({
      where: { userId_kind: { userId: priya.id, kind: "coach" } },
    });
    const photoStatus = async (viewer: Actor | null) => {
      await signInAs(viewer);
      return (await getPhoto(priya.id)).status;
    };

    // Listed in the directory (approved, taking clients): every signed-in person.
    await prisma.matchingProfile.update({
      where: { id: profile.id },
      data: { status: "approved", availability: "open" },
    });
    await signInAs(amina);
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
    const programme = await make.programme({ nameEn: "Photos", nameFr: "Photos" });
    await make.engagement({ programmeId: programme.id, profileId: profile.id, seekerId: amina.id, status: "ended" });
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
    await signInAs(hana);
    expect((await getPhoto(carlos.id)).status).toBe(404);
  });
});
