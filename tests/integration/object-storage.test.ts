import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import { DomainError } from "@/lib/server/errors";
import { newStorageKey, StreamSizeError, type FileStorage } from "@/lib/storage/file-storage";
import { localFolderStorage } from "@/lib/storage/local-folder-storage";
import { s3Storage } from "@/lib/storage/s3-storage";
import { setUpApp } from "../support/app";
import { startObjectStorage } from "../support/s3-server";

// Uploaded files in object storage (STORAGE=s3) on a real S3-compatible server: what a coach
// uploads is in the bucket and comes back byte for byte through the app's file routes; a failed
// upload leaves neither a row nor an object, whichever side fails.
const s3 = await startObjectStorage();
afterAll(() => s3.stop());
const { prisma, make, signIn, signOut } = await setUpApp({ requests: true, env: s3.settings });
const { uploadCredentialDocument, MAX_CREDENTIAL_DOCUMENTS } =
  await import("@/lib/server/coaches/upload-credential-document");
const { deleteCredentialDocument } = await import("@/lib/server/coaches/delete-credential-document");
const { uploadCoachPhoto } = await import("@/lib/server/coaches/upload-coach-photo");
const { removeCoachPhoto } = await import("@/lib/server/coaches/remove-coach-photo");
const { GET: credentialRoute } = await import("@/app/api/files/credentials/[id]/route");
const { GET: photoRoute } = await import("@/app/api/files/photos/[userId]/route");

type Actor = { id: string; roles: Role[] };
const PDF_HEAD = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a];
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** `size` bytes starting with `head`, the rest a pattern (so that a shifted or cut copy differs). */
function bytesOf(head: number[], size: number, seed = 7): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed) % 251;
  bytes.set(head);
  return bytes;
}
/** Large byte arrays are compared by length and SHA-256 (an element-by-element diff of megabytes takes half a minute). */
const fingerprint = (bytes: Uint8Array | null | undefined) =>
  bytes && { length: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
const fileOf = (bytes: Uint8Array, name: string) =>
  new File([new Uint8Array(bytes)], name, { type: "application/octet-stream" });
const bodyOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const getDocument = (id: string) =>
  credentialRoute(new Request(`http://localhost/api/files/credentials/${id}`), { params: Promise.resolve({ id }) });
const getPhoto = (userId: string) =>
  photoRoute(new Request(`http://localhost/api/files/photos/${userId}`), { params: Promise.resolve({ userId }) });
const documentsOf = (coach: Actor) =>
  prisma.credentialDocument.findMany({ where: { coachProfile: { userId: coach.id } } });

describe("credential documents in object storage", () => {
  it("are written to the bucket and streamed back byte for byte, only to who may read them", async () => {
    const coach = await make.person({ roles: ["coach"] });
    const hr = await make.person({ roles: ["hr_reviewer"] });
    const otherCoach = await make.person({ roles: ["coach"] });
    const bytes = bytesOf(PDF_HEAD, 3 * 1024 * 1024 + 17);

    const { id } = await uploadCredentialDocument(prisma, coach, { file: fileOf(bytes, "ICF PCC.pdf") });
    const [doc] = await documentsOf(coach);
    expect(doc).toMatchObject({ id, fileName: "ICF PCC.pdf", contentType: "application/pdf", size: bytes.length });
    expect(fingerprint(await s3.read(doc.storageKey))).toEqual(fingerprint(bytes));

    await signIn(hr);
    const res = await getDocument(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(fingerprint(await bodyOf(res))).toEqual(fingerprint(bytes));

    await signIn(otherCoach);
    expect((await getDocument(id)).status).toBe(404);
    signOut();
    expect((await getDocument(id)).status).toBe(401);
  });

  it("leave no row when the bucket refuses the file", async () => {
    const coach = await make.person({ roles: ["coach"] });
    const before = await s3.keys();
    const missingBucket = s3Storage({ ...s3Options(), bucket: "no-such-bucket" });
    await expect(
      uploadCredentialDocument(prisma, coach, { file: fileOf(bytesOf(PDF_HEAD, 4096), "lost.pdf") }, missingBucket),
    ).rejects.toMatchObject({ name: "NoSuchBucket" });
    expect(await documentsOf(coach)).toEqual([]);
    expect(await prisma.auditLog.count({ where: { actorId: coach.id, action: "coach.uploadDocument" } })).toBe(0);
    expect(await s3.keys()).toEqual(before);
  });

  it("leave no object when the database refuses the row, or the coach has ten documents already", async () => {
    const coach = await make.person({ roles: ["coach"] });
    // A database error inside the transaction, after the object was written.
    await prisma.$executeRawUnsafe(`create function refuse_test_document() returns trigger language plpgsql as $$
      begin
        if new."fileName" = 'refused.pdf' then raise exception 'refused by the test'; end if;
        return new;
      end $$`);
    await prisma.$executeRawUnsafe(`create trigger refuse_test_document before insert on "CredentialDocument"
      for each row execute function refuse_test_document()`);
    try {
      const before = await s3.keys();
      await expect(
        uploadCredentialDocument(prisma, coach, { file: fileOf(bytesOf(PDF_HEAD, 8192), "refused.pdf") }),
      ).rejects.toThrow(/refused by the test/);
      expect(await documentsOf(coach)).toEqual([]);
      expect(await s3.keys()).toEqual(before);
    } finally {
      await prisma.$executeRawUnsafe(`drop trigger refuse_test_document on "CredentialDocument"`);
      await prisma.$executeRawUnsafe(`drop function refuse_test_document()`);
    }

    // A refusal of the verb inside the transaction (the count is checked under the profile's lock).
    for (let i = 0; i < MAX_CREDENTIAL_DOCUMENTS; i++)
      await uploadCredentialDocument(prisma, coach, { file: fileOf(bytesOf(PDF_HEAD, 1024, i), `doc-${i}.pdf`) });
    const stored = await s3.keys("credentials/");
    await expect(
      uploadCredentialDocument(prisma, coach, { file: fileOf(bytesOf(PDF_HEAD, 1024), "eleventh.pdf") }),
    ).rejects.toEqual(new DomainError("tooManyDocuments"));
    expect(await documentsOf(coach)).toHaveLength(MAX_CREDENTIAL_DOCUMENTS);
    expect(await s3.keys("credentials/")).toEqual(stored);
  });

  it("leave the bucket when the coach deletes them", async () => {
    const coach = await make.person({ roles: ["coach"] });
    const { id } = await uploadCredentialDocument(prisma, coach, { file: fileOf(bytesOf(PDF_HEAD, 2048), "old.pdf") });
    const [{ storageKey }] = await documentsOf(coach);
    expect(await s3.keys()).toContain(storageKey);
    await deleteCredentialDocument(prisma, coach, { documentId: id });
    expect(await documentsOf(coach)).toEqual([]);
    expect(await s3.keys()).not.toContain(storageKey);
  });
});

describe("a coach's photo in object storage", () => {
  it("is streamed to whoever may see the profile; replacing or removing it removes the old object", async () => {
    const coach = await make.person({ roles: ["coach"] });
    const client = await make.person({ roles: ["client"] });
    const first = bytesOf(PNG_HEAD, 300_000, 1);
    const second = bytesOf(PNG_HEAD, 200_000, 2);
    await uploadCoachPhoto(prisma, coach, { file: fileOf(first, "me.png") });
    const profile = await prisma.matchingProfile.update({
      where: { userId_kind: { userId: coach.id, kind: "coach" } },
      data: { status: "approved", availability: "open" },
    });
    expect(await s3.read(profile.photoKey!)).toEqual(first);

    await uploadCoachPhoto(prisma, coach, { file: fileOf(second, "me-again.png") });
    const { photoKey } = await prisma.matchingProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(photoKey).not.toBe(profile.photoKey);
    expect(await s3.keys("photos/")).toContain(photoKey);
    expect(await s3.keys("photos/")).not.toContain(profile.photoKey);

    await signIn(client);
    const res = await getPhoto(coach.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-length")).toBe(String(second.length));
    expect(await bodyOf(res)).toEqual(second);

    await removeCoachPhoto(prisma, coach);
    expect(await s3.keys("photos/")).not.toContain(photoKey);
    expect((await getPhoto(coach.id)).status).toBe(404);
  });
});

/** `size` bytes in chunks of 64 KB, failing with `failure` after `failAfter` bytes when given. */
function chunked(bytes: Uint8Array, failAfter?: number, failure = new Error("the connection was cut")) {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && offset >= failAfter) return controller.error(failure);
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 65_536));
      offset += 65_536;
    },
  });
}

const uploadsRoot = mkdtempSync(path.join(os.tmpdir(), "binome-local-storage-"));
afterAll(() => rmSync(uploadsRoot, { recursive: true, force: true }));
// The third column: whether the server itself keeps nothing of a PUT cut short. S3 does (an object
// exists only once every byte announced arrived); the stand-in server of these tests writes what it
// receives and may still be writing when the app's clean-up DELETE arrives, so there the test can
// only check that the upload fails with its reason.
const backends: [string, FileStorage, boolean][] = [
  ["a local folder", localFolderStorage(uploadsRoot), true],
  ["object storage", s3Storage(s3Options()), false],
];

describe.each(backends)("files in %s", (_, storage, dropsCutUploads) => {
  const bytes = bytesOf(PDF_HEAD, 5 * 1024 * 1024 + 3);
  const read = async (key: string) => {
    const file = await storage.open(key);
    return file && { size: file.size, bytes: fingerprint(await bodyOf(new Response(file.stream))) };
  };

  it("keep a streamed file whole, and remove it", async () => {
    const key = newStorageKey("credentials");
    await storage.put(key, chunked(bytes), bytes.length);
    expect(await read(key)).toEqual({ size: bytes.length, bytes: fingerprint(bytes) });
    await storage.remove(key);
    expect(await storage.open(key)).toBeNull();
    await storage.remove(key); // already gone: nothing to do
  });

  it("keep nothing of a stream that fails half-way or does not carry the size announced", async () => {
    const cut = newStorageKey("credentials");
    await expect(storage.put(cut, chunked(bytes, 1024 * 1024), bytes.length)).rejects.toThrow("the connection was cut");
    if (dropsCutUploads) expect(await storage.open(cut)).toBeNull();

    const short = newStorageKey("credentials");
    await expect(storage.put(short, chunked(bytes), bytes.length + 1)).rejects.toThrow(StreamSizeError);
    expect(await storage.open(short)).toBeNull();

    const long = newStorageKey("credentials");
    await expect(storage.put(long, chunked(bytes), bytes.length - 1)).rejects.toThrow(StreamSizeError);
    expect(await storage.open(long)).toBeNull();
  });

  it("refuse a key the server did not make", async () => {
    await expect(storage.put("../../etc/passwd", chunked(bytes), bytes.length)).rejects.toThrow(/Invalid storage key/);
    await expect(storage.open("credentials/../../x")).rejects.toThrow(/Invalid storage key/);
  });
});

describe("the storage check (readiness)", () => {
  it("passes for a writable folder and a reachable bucket, and fails otherwise", async () => {
    for (const [, storage] of backends) await expect(storage.check()).resolves.toBeUndefined();
    const notAFolder = path.join(uploadsRoot, "a-file");
    writeFileSync(notAFolder, "x");
    await expect(localFolderStorage(notAFolder).check()).rejects.toThrow();
    const missingBucket = s3Storage({ ...s3Options(), bucket: "no-such-bucket" });
    await expect(missingBucket.check()).rejects.toThrow();
    const nobodyThere = s3Storage({ ...s3Options(), endpoint: "http://127.0.0.1:9" });
    await expect(nobodyThere.check()).rejects.toThrow();
  });
});

function s3Options() {
  return {
    bucket: s3.bucket,
    region: s3.settings.S3_REGION,
    endpoint: s3.endpoint,
    forcePathStyle: true,
    accessKeyId: s3.settings.S3_ACCESS_KEY_ID,
    secretAccessKey: s3.settings.S3_SECRET_ACCESS_KEY,
  };
}

describe("the demo seed with STORAGE=s3", () => {
  it("writes every demo certificate to the bucket", async () => {
    const { seedDatabase } = await import("@/prisma/seed/seed");
    await seedDatabase(prisma);
    const docs = await prisma.credentialDocument.findMany({ where: { storageKey: { not: "" } } });
    const seeded = docs.filter((d) => d.fileName.endsWith(".pdf") && d.size > 0);
    expect(seeded.length).toBeGreaterThan(0);
    const keys = await s3.keys("credentials/");
    for (const doc of seeded) {
      expect(keys).toContain(doc.storageKey);
      const pdf = await s3.read(doc.storageKey);
      expect(pdf?.length).toBe(doc.size);
      expect(Array.from(pdf!.subarray(0, 5))).toEqual(PDF_HEAD.slice(0, 5));
    }
  });
});
