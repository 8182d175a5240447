// The resource library through its verbs, actions and file route: only programme admins publish,
// change, upload and unpublish (with audit rows); participants see published, complete resources
// of their own programmes only, on /resources and on their sessions' steps; a file downloads only
// for those who see it (or admins), as an attachment; a hostile link is refused beside its field.
// Runs on PGlite and, when TEST_DATABASE_URL is set, on a PostgreSQL server (where races are real).
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { setUpApp } from "../support/app";
import { refusal } from "../support/refusal";

const { prisma, make, signIn, signOut, inParallel, uploadsDir } = await setUpApp({ requests: true });
const { saveResource } = await import("@/lib/server/resources/save-resource");
const { setResourcePublished } = await import("@/lib/server/resources/set-resource-published");
const { uploadResourceFile } = await import("@/lib/server/resources/upload-resource-file");
const { removeResourceFile } = await import("@/lib/server/resources/remove-resource-file");
const { removeResourceFileAction } = await import("@/lib/actions/remove-resource-file");
const { loadOwnResources, loadEngagementStepResources, loadAdminResources } =
  await import("@/lib/server/resources/load-resources");
const { saveResourceAction } = await import("@/lib/actions/save-resource");
const { GET: fileRoute } = await import("@/app/resources/[id]/file/route");

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a];
const EXE = [0x4d, 0x5a, 0x90, 0x00, 0x03];
const fileOf = (head: number[], name: string, size = 2048) => {
  const bytes = new Uint8Array(size);
  bytes.set(head.slice(0, size));
  return new File([bytes], name, { type: "application/octet-stream" });
};

const values = (more: Record<string, unknown> = {}) => ({
  programmeId: "",
  titleEn: "Setting goals",
  titleFr: "",
  descriptionEn: "A short video.",
  descriptionFr: "",
  languages: ["en" as const],
  tags: "goals, Video",
  kind: "video" as const,
  url: "https://videos.example.org/goals",
  stepKeys: [] as string[],
  ...more,
});

async function mentoringPair() {
  const programme = await make.programme({ type: "mentoring" });
  const cohort = await make.cohort({ programmeId: programme.id });
  const mentor = await make.mentor({ programmeId: programme.id });
  const mentee = await make.person({ roles: ["mentee"], enrolIn: { cohortId: cohort.id, role: "mentee" } });
  const engagement = await make.engagement({
    programmeId: programme.id,
    cohortId: cohort.id,
    seekerId: mentee.id,
    profileId: mentor.profileId,
    sessions: [{}, {}, {}, {}],
  });
  return { programme, mentor, mentee, engagement };
}

const admin = () => make.person({ roles: ["programme_admin"] });
const getFile = (id: string) =>
  fileRoute(new Request(`http://localhost/resources/${id}/file`), { params: Promise.resolve({ id }) });

describe("publishing resources", () => {
  it("is for programme admins only; each change writes its audit row", async () => {
    const ade = await admin();
    const { programme } = await mentoringPair();
    for (const roles of [["mentee"], ["mentor"], ["client"], ["coach"], ["hr_reviewer"], ["sponsor"]] as Role[][]) {
      const someone = await make.person({ roles });
      expect(await refusal(saveResource(prisma, someone, { values: values({ programmeId: programme.id }) }))).toBe(
        "forbidden",
      );
    }
    const { id } = await saveResource(prisma, ade, {
      values: values({ programmeId: programme.id, stepKeys: ["mentoring.setting-goals"] }),
    });
    const row = await prisma.resource.findUniqueOrThrow({ where: { id }, include: { steps: true } });
    expect(row.tags).toEqual(["goals", "video"]);
    expect(row.steps.map((s) => s.stepKey)).toEqual(["mentoring.setting-goals"]);
    const mentee = await make.person({ roles: ["mentee"] });
    expect(await refusal(setResourcePublished(prisma, mentee, { resourceId: id, published: false }))).toBe("forbidden");
    expect(
      await refusal(uploadResourceFile(prisma, mentee, { resourceId: id, file: fileOf(PDF, "handbook.pdf") })),
    ).toBe("forbidden");
    await setResourcePublished(prisma, ade, { resourceId: id, published: false });
    await setResourcePublished(prisma, ade, { resourceId: id, published: false });
    await setResourcePublished(prisma, ade, { resourceId: id, published: true });
    const actions = (
      await prisma.auditLog.findMany({ where: { targetId: id }, orderBy: [{ at: "asc" }, { id: "asc" }] })
    ).map((a) => a.action);
    expect(actions).toEqual(["resource.create", "resource.unpublish", "resource.republish"]);
  });

  it("refuses steps outside the programme's plan and a hostile link, beside their fields", async () => {
    const ade = await admin();
    const { programme } = await mentoringPair();
    expect(
      await refusal(
        saveResource(prisma, ade, { values: values({ programmeId: programme.id, stepKeys: ["coaching.intro"] }) }),
      ),
    ).toBe("resourceStepInvalid");
    await signIn(ade);
    for (const url of [
      "javascript:alert(1)",
      "http://example.org/",
      "https://user:pw@example.org/",
      "data:text/html,hi",
    ]) {
      const result = await saveResourceAction({ values: values({ url }) });
      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ ok: false, fieldErrors: { url: expect.any(String) } });
    }
    const noTitle = await saveResourceAction({ values: values({ titleEn: "", titleFr: "" }) });
    expect(noTitle).toMatchObject({ ok: false, fieldErrors: { titleEn: expect.any(String) } });
    // Only a title in French is enough.
    const french = await saveResourceAction({ values: values({ titleEn: "", titleFr: "Fixer des objectifs" }) });
    expect(french.ok).toBe(true);
    signOut();
  });

  it("applies two admins' saves of one resource one after the other", async () => {
    const ade = await admin();
    const other = await admin();
    const { id } = await saveResource(prisma, ade, { values: values({ url: "" }) });
    await inParallel([
      (client) => saveResource(client, ade, { resourceId: id, values: values({ url: "https://a.example.org/" }) }),
      (client) => saveResource(client, other, { resourceId: id, values: values({ url: "https://b.example.org/" }) }),
    ]);
    const row = await prisma.resource.findUniqueOrThrow({ where: { id } });
    expect(["https://a.example.org/", "https://b.example.org/"]).toContain(row.url);
    expect(await prisma.auditLog.count({ where: { targetId: id, action: "resource.update" } })).toBe(2);
  });
});

describe("what participants see", () => {
  it("only complete, published resources of their own programmes, also on their session's step", async () => {
    const ade = await admin();
    const { programme, mentee, mentor, engagement } = await mentoringPair();
    const elsewhere = await mentoringPair();
    const goals = "mentoring.setting-goals";
    const live = await saveResource(prisma, ade, { values: values({ programmeId: programme.id, stepKeys: [goals] }) });
    const draft = await saveResource(prisma, ade, {
      values: values({ programmeId: programme.id, url: "", titleEn: "Draft", stepKeys: [goals] }),
    });
    const foreign = await saveResource(prisma, ade, {
      values: values({ programmeId: elsewhere.programme.id, titleEn: "Theirs", stepKeys: [goals] }),
    });
    const forAll = await saveResource(prisma, ade, { values: values({ titleEn: "For everyone" }) });
    const ids = async (who: { id: string; roles: Role[] }) => (await loadOwnResources(prisma, who)).map((r) => r.id);

    // Resources for every programme made by other tests are seen too: only this file's ones are compared.
    const mine = new Set([live.id, draft.id, foreign.id, forAll.id]);
    const seen = async (who: { id: string; roles: Role[] }) => (await ids(who)).filter((id) => mine.has(id)).sort();
    expect(await seen(mentee)).toEqual([live.id, forAll.id].sort());
    expect(await seen(mentor)).toEqual([live.id, forAll.id].sort());
    expect(await ids(elsewhere.mentee)).toEqual(expect.arrayContaining([foreign.id, forAll.id]));
    expect(await ids(elsewhere.mentee)).not.toContain(live.id);
    expect(await ids(elsewhere.mentee)).not.toContain(draft.id);

    const onSteps = await loadEngagementStepResources(prisma, mentee, engagement.id);
    expect(onSteps[goals].map((r) => r.id)).toEqual([live.id]);
    // Someone else's engagement shows nothing.
    expect(await loadEngagementStepResources(prisma, elsewhere.mentee, engagement.id)).toEqual({});

    // The admin completes the draft: it appears; unpublished, it goes.
    await saveResource(prisma, ade, {
      resourceId: draft.id,
      values: values({ programmeId: programme.id, url: "https://example.org/d", titleEn: "Draft", stepKeys: [goals] }),
    });
    expect(await ids(mentee)).toContain(draft.id);
    await setResourcePublished(prisma, ade, { resourceId: live.id, published: false });
    expect(await ids(mentee)).not.toContain(live.id);
    expect((await loadEngagementStepResources(prisma, mentee, engagement.id))[goals].map((r) => r.id)).toEqual([
      draft.id,
    ]);
    const statuses = new Map((await loadAdminResources(prisma, ade)).map((r) => [r.id, r.status]));
    expect(statuses.get(live.id)).toBe("unpublished");
    expect(statuses.get(draft.id)).toBe("published");
    expect(await refusal(loadOwnResources(prisma, ade))).toBe("forbidden");
  });
});

describe("resource files", () => {
  it("are checked by content and served, as attachments, only to those who see the resource", async () => {
    const ade = await admin();
    const { programme, mentee } = await mentoringPair();
    const elsewhere = await mentoringPair();
    const { id } = await saveResource(prisma, ade, {
      values: values({ programmeId: programme.id, url: "", kind: "document", titleEn: "Handbook" }),
    });
    expect(await refusal(uploadResourceFile(prisma, ade, { resourceId: id, file: fileOf(EXE, "handbook.pdf") }))).toBe(
      "fileType",
    );
    expect(
      await refusal(
        uploadResourceFile(prisma, ade, { resourceId: id, file: fileOf(PDF, "huge.pdf", 11 * 1024 * 1024) }),
      ),
    ).toBe("fileTooLarge");
    await uploadResourceFile(prisma, ade, { resourceId: id, file: fileOf(PDF, "../../The handbook.pdf.exe") });
    const row = await prisma.resource.findUniqueOrThrow({ where: { id } });
    expect(row.storageKey).toMatch(/^resources\/[0-9a-f-]{36}$/);
    expect(row.fileName).toBe("The handbook.pdf");

    signOut();
    expect((await getFile(id)).status).toBe(401);
    await signIn(mentee);
    const res = await getFile(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("attachment");
    // A download, sandboxed should a browser render it anyway; never sniffed.
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(new Uint8Array(await res.arrayBuffer()).subarray(0, 5)).toEqual(new Uint8Array(PDF.slice(0, 5)));
    await signIn(elsewhere.mentee);
    expect((await getFile(id)).status).toBe(404);
    await signIn(ade);
    expect((await getFile(id)).status).toBe(200);
    // Unpublished: the admin still has it, the mentee no longer.
    await setResourcePublished(prisma, ade, { resourceId: id, published: false });
    await signIn(mentee);
    expect((await getFile(id)).status).toBe(404);
    expect((await getFile("../etc")).status).toBe(404);
    signOut();
    // A resource with a file takes no link.
    expect(
      await refusal(
        saveResource(prisma, ade, {
          resourceId: id,
          values: values({ programmeId: programme.id, url: "https://example.org/x" }),
        }),
      ),
    ).toBe("resourceHasFile");
  });
});

describe("removing a resource's file", () => {
  it("is for programme admins only; the file is deleted, the resource is a draft until it takes a link", async () => {
    const ade = await admin();
    const { programme, mentee, mentor } = await mentoringPair();
    const { id } = await saveResource(prisma, ade, {
      values: values({ programmeId: programme.id, url: "", kind: "document", titleEn: "Handbook" }),
    });
    await uploadResourceFile(prisma, ade, { resourceId: id, file: fileOf(PDF, "handbook.pdf") });
    const { storageKey } = await prisma.resource.findUniqueOrThrow({ where: { id } });
    const stored = path.join(uploadsDir, storageKey!);
    expect(existsSync(stored)).toBe(true);
    expect((await loadOwnResources(prisma, mentee)).map((r) => r.id)).toContain(id);

    // Neither a participant nor a mentor may remove it, through the verb or the action.
    for (const someone of [mentee, mentor])
      expect(await refusal(removeResourceFile(prisma, someone, { resourceId: id }))).toBe("forbidden");
    await signIn(mentee);
    expect(await removeResourceFileAction({ resourceId: id })).toMatchObject({ ok: false });
    signOut();
    expect(existsSync(stored)).toBe(true);
    expect(await refusal(removeResourceFile(prisma, ade, { resourceId: "c".repeat(25) }))).toBe("notFound");

    await signIn(ade);
    expect(await removeResourceFileAction({ resourceId: id })).toEqual({ ok: true });
    signOut();
    const row = await prisma.resource.findUniqueOrThrow({ where: { id } });
    expect([row.storageKey, row.fileName, row.contentType, row.fileSize]).toEqual([null, null, null, null]);
    expect(existsSync(stored)).toBe(false);
    const logged = await prisma.auditLog.findMany({ where: { targetId: id, action: "resource.remove-file" } });
    expect(logged.map((l) => [l.actorId, (l.data as { fileName: string }).fileName])).toEqual([
      [ade.id, "handbook.pdf"],
    ]);
    // A draft now: participants no longer see it; the file route has nothing to serve.
    expect((await loadOwnResources(prisma, mentee)).map((r) => r.id)).not.toContain(id);
    await signIn(ade);
    expect((await getFile(id)).status).toBe(404);
    signOut();
    // Removing it again changes nothing and records nothing.
    await removeResourceFile(prisma, ade, { resourceId: id });
    expect(await prisma.auditLog.count({ where: { targetId: id, action: "resource.remove-file" } })).toBe(1);
    // Now it takes a link, and participants see it again.
    await saveResource(prisma, ade, {
      resourceId: id,
      values: values({ programmeId: programme.id, url: "https://example.org/handbook" }),
    });
    expect((await loadOwnResources(prisma, mentee)).find((r) => r.id === id)?.url).toBe("https://example.org/handbook");
  });
});

describe("the demo's resources", () => {
  it("are the seed's named ones as drafts on their sessions, and two complete ones; a second run changes nothing", async () => {
    const { seedResources, HANDBOOK_KEY } = await import("@/prisma/seed/resources");
    const { fileStorage } = await import("@/lib/server/storage/file-storage");
    const programme = await make.programme({ type: "mentoring", slug: "mentoring" });
    await prisma.$transaction((tx) => seedResources(tx, fileStorage()));
    const rows = await prisma.resource.findMany({ where: { programmeId: programme.id }, include: { steps: true } });
    const ade = await admin();
    const status = new Map((await loadAdminResources(prisma, ade)).map((r) => [r.id, r.status]));
    const published = rows.filter((r) => status.get(r.id) === "published").map((r) => r.id);
    expect(published.sort()).toEqual(["seed_resource_handbook", "seed_resource_preparing_sessions"]);
    expect(rows.filter((r) => status.get(r.id) === "draft")).toHaveLength(7);
    expect(rows.find((r) => r.id === "seed_resource_leader_any_level")?.steps.map((s) => s.stepKey)).toEqual([
      "mentoring.leadership",
    ]);
    expect(rows.find((r) => r.id === "seed_resource_handbook")?.storageKey).toBe(HANDBOOK_KEY);
    const file = await fileStorage().open(HANDBOOK_KEY);
    expect(file?.size).toBeGreaterThan(100);
    await file?.stream.cancel();
    const before = await prisma.resource.findMany({ orderBy: { id: "asc" } });
    await prisma.$transaction((tx) => seedResources(tx, fileStorage()));
    expect(await prisma.resource.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await prisma.resourceStep.count({ where: { resource: { programmeId: programme.id } } })).toBe(
      rows.reduce((n, r) => n + r.steps.length, 0),
    );
  });
});
