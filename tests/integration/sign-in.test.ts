import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "../support/database";

let db: TestDatabase;
let prisma: Db;
// The app's modules read DATABASE_URL when first used: point them at the test database.
let sendSignInLink: typeof import("@/lib/server/auth/send-sign-in-link").sendSignInLink;
let guardEmailSignIn: typeof import("@/lib/server/auth/guard-email-sign-in").guardEmailSignIn;
let authOptions: typeof import("@/lib/server/auth/options").authOptions;
let allowHit: typeof import("@/lib/server/rate-limit").allowHit;
let kickOutbox: typeof import("@/lib/server/outbox-worker").kickOutbox;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
  process.env.DATABASE_URL = db.url;
  process.env.TRUST_PROXY = "1"; // as behind the reverse proxy of a real deployment
  process.env.OUTBOX_DIR = mkdtempSync(path.join(os.tmpdir(), "binome-outbox-"));
  ({ sendSignInLink } = await import("@/lib/server/auth/send-sign-in-link"));
  ({ guardEmailSignIn } = await import("@/lib/server/auth/guard-email-sign-in"));
  ({ authOptions } = await import("@/lib/server/auth/options"));
  ({ allowHit } = await import("@/lib/server/rate-limit"));
  ({ kickOutbox } = await import("@/lib/server/outbox-worker"));
  await prisma.user.createMany({
    data: [
      { email: "known@example.org", name: "Known Person", preferredLanguage: "fr" },
      { email: "gone@example.org", name: "Gone Person", disabledAt: new Date() },
    ],
  });
});
afterAll(async () => db?.drop());
beforeEach(async () => {
  await prisma.outboxEmail.deleteMany();
  await prisma.rateLimitBucket.deleteMany();
});

const link = "http://localhost:3000/api/auth/callback/email?token=abc";

function signInRequest(email: string, ip = "203.0.113.7") {
  return new Request("http://localhost:3000/api/auth/signin/email", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, csrfToken: "x", json: "true" }),
  });
}

describe("magic-link e-mail", () => {
  it("goes to a known person, in their language, through the outbox", async () => {
    await sendSignInLink({ identifier: "known@example.org", url: link });
    await kickOutbox(); // delivery runs in the background; let it finish within this test
    const [mail] = await prisma.outboxEmail.findMany();
    expect(mail).toMatchObject({
      to: "known@example.org",
      subject: "Votre lien de connexion à Binôme",
      kind: "sign-in-link",
    });
    expect(mail.text).toContain(link);
  });

  it("is not written for an unknown address, nor for a disabled person", async () => {
    await sendSignInLink({ identifier: "stranger@example.org", url: link });
    await sendSignInLink({ identifier: "gone@example.org", url: link });
    await kickOutbox();
    expect(await prisma.outboxEmail.count()).toBe(0);
  });
});

describe("sign-in callback", () => {
  const signIn = (email: string, verificationRequest?: boolean) =>
    authOptions().callbacks!.signIn!({
      user: { id: "x", email },
      account: null,
      email: { verificationRequest },
    } as never);

  it("answers every link request alike, known or not", async () => {
    expect(await signIn("stranger@example.org", true)).toBe(true);
    expect(await signIn("known@example.org", true)).toBe(true);
  });

  it("lets a known person in and keeps a disabled or unknown one out", async () => {
    expect(await signIn("known@example.org")).toBe(true);
    expect(await signIn("gone@example.org")).toBe(false);
    expect(await signIn("stranger@example.org")).toBe(false);
  });

  it("makes magic links expire after 10 minutes", () => {
    const email = authOptions().providers.find((p) => p.id === "email") as {
      maxAge?: number;
      options?: { maxAge?: number };
    };
    expect(email.options?.maxAge ?? email.maxAge).toBe(600);
  });
});

describe("sign-in request guard", () => {
  it("refuses a malformed address with a message key", async () => {
    const response = await guardEmailSignIn(signInRequest("not-an-email"));
    expect(response?.status).toBe(400);
    expect((await response!.json()).url).toContain("error=InvalidEmail");
  });

  it("lets 5 requests per address through in 15 minutes, then refuses, known or unknown alike", async () => {
    for (const email of ["known@example.org", "stranger@example.org"]) {
      for (let i = 0; i < 5; i++) expect(await guardEmailSignIn(signInRequest(email, `198.51.100.${i}`))).toBeNull();
      const refused = await guardEmailSignIn(signInRequest(email, "198.51.100.99"));
      expect(refused?.status).toBe(429);
      expect((await refused!.json()).url).toContain("error=RateLimited");
    }
  });

  it("limits one client asking for many addresses, even when it forges earlier X-Forwarded-For hops", async () => {
    for (let i = 0; i < 30; i++)
      expect(await guardEmailSignIn(signInRequest(`user${i}@example.org`, `10.0.0.${i}, 192.0.2.1`))).toBeNull();
    expect((await guardEmailSignIn(signInRequest("user98@example.org", "10.9.9.9, 192.0.2.1")))?.status).toBe(429);
    expect((await guardEmailSignIn(signInRequest("user99@example.org", "192.0.2.1")))?.status).toBe(429);
    expect(await guardEmailSignIn(signInRequest("user99@example.org", "192.0.2.2"))).toBeNull();
  });

  it("counts concurrent requests exactly (no request slips past the limit)", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => allowHit(prisma, "race", 5, 900)));
    expect(results.filter(Boolean)).toHaveLength(5);
  });
});
