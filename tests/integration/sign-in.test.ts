import { beforeEach, describe, expect, it } from "vitest";
import { setUpApp } from "../support/app";

// As behind the reverse proxy of a real deployment.
const { prisma, make } = await setUpApp({ env: { TRUST_PROXY: "1" } });
const { sendSignInLink, LINK_MAIL_COOL_DOWN } = await import("@/lib/server/auth/send-sign-in-link");
const { runJobsOnce } = await import("@/lib/server/jobs");
const { guardEmailSignIn } = await import("@/lib/server/auth/guard-email-sign-in");
const { authOptions } = await import("@/lib/server/auth/options");
const { allowHit } = await import("@/lib/server/rate-limit");
const { kickOutbox } = await import("@/lib/server/outbox-worker");
await make.person({ email: "known@example.org", name: "Known Person", preferredLanguage: "fr" });
await make.person({ email: "gone@example.org", name: "Gone Person", disabled: true });
beforeEach(async () => {
  await prisma.outboxEmail.deleteMany();
  await prisma.rateLimitBucket.deleteMany();
  await prisma.verificationToken.deleteMany();
});

/** A magic link's lifetime (seconds), as next-auth's e-mail provider is configured. */
function authMaxAgeSeconds(): number {
  const email = authOptions().providers.find((p) => p.id === "email") as {
    maxAge?: number;
    options?: { maxAge?: number };
  };
  return (email.options?.maxAge ?? email.maxAge)!;
}

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

  it("never refuses a request for an address, however often it comes, known or unknown alike", async () => {
    for (const email of ["known@example.org", "stranger@example.org"]) {
      for (let i = 0; i < 25; i++) expect(await guardEmailSignIn(signInRequest(email, `198.51.100.${i}`))).toBeNull();
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

describe("how often a link is e-mailed to one address", () => {
  const mailsTo = (to: string) => prisma.outboxEmail.count({ where: { to } });
  /** Moves the address's last e-mailed link `seconds` into the past, as if that time had gone by. */
  const age = (address: string, seconds: number) =>
    prisma.$executeRaw`update "RateLimitBucket" set "windowStart" = "windowStart" - make_interval(secs => ${seconds})
                       where "key" = ${`sign-in:mail:${address}`}`;

  it("mails the first link at once, then none until the cool-down is over, however often it is asked", async () => {
    for (let i = 0; i < 20; i++) await sendSignInLink({ identifier: "known@example.org", url: `${link}${i}` });
    expect(await mailsTo("known@example.org")).toBe(1);
    const [first] = await prisma.outboxEmail.findMany();
    expect(first.text).toContain(`${link}0`);
    await age("known@example.org", LINK_MAIL_COOL_DOWN.firstSeconds - 5);
    await sendSignInLink({ identifier: "known@example.org", url: link });
    expect(await mailsTo("known@example.org")).toBe(1);
    await age("known@example.org", 5);
    await sendSignInLink({ identifier: "known@example.org", url: link });
    expect(await mailsTo("known@example.org")).toBe(2);
  });

  it("doubles the wait after each link, up to a wait shorter than a link's lifetime", async () => {
    const waits: number[] = [];
    await sendSignInLink({ identifier: "known@example.org", url: link });
    for (let sent = 1; sent < 8; sent++) {
      // The shortest wait after which the next link goes out, to the second.
      let wait = 0;
      while ((await mailsTo("known@example.org")) === sent) {
        await age("known@example.org", 15);
        wait += 15;
        await sendSignInLink({ identifier: "known@example.org", url: link });
      }
      waits.push(wait);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 480, 480]);
    expect(Math.max(...waits)).toBeLessThan(authMaxAgeSeconds());
  });

  it("mails at most one link when many requests for one address arrive at the same instant", async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => sendSignInLink({ identifier: "known@example.org", url: `${link}${i}` })),
    );
    expect(await mailsTo("known@example.org")).toBe(1);
  });

  it("starts over once the person has signed in: their next link goes out at once", async () => {
    await sendSignInLink({ identifier: "known@example.org", url: link });
    await sendSignInLink({ identifier: "known@example.org", url: link });
    expect(await mailsTo("known@example.org")).toBe(1);
    const person = await prisma.user.findUniqueOrThrow({ where: { email: "known@example.org" } });
    await authOptions().events!.signIn!({ user: person, account: null, isNewUser: false } as never);
    await sendSignInLink({ identifier: "known@example.org", url: link });
    expect(await mailsTo("known@example.org")).toBe(2);
  });

  it("counts unknown addresses the same way (nothing is mailed), and the job ticker clears old counts", async () => {
    await sendSignInLink({ identifier: "stranger@example.org", url: link });
    expect(await prisma.rateLimitBucket.count({ where: { key: "sign-in:mail:stranger@example.org" } })).toBe(1);
    expect(await mailsTo("stranger@example.org")).toBe(0);
    await age("stranger@example.org", 25 * 60 * 60);
    await prisma.verificationToken.create({
      data: { identifier: "stranger@example.org", token: "old", expires: new Date(Date.now() - 1000) },
    });
    await prisma.verificationToken.create({
      data: { identifier: "known@example.org", token: "fresh", expires: new Date(Date.now() + 600_000) },
    });
    await runJobsOnce();
    expect(await prisma.rateLimitBucket.count({ where: { key: "sign-in:mail:stranger@example.org" } })).toBe(0);
    expect((await prisma.verificationToken.findMany()).map((t) => t.token)).toEqual(["fresh"]);
  });
});
