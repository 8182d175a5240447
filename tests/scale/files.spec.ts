// Uploaded files live in object storage (STORAGE=s3), not on one server: a coach's certificate
// uploaded through instance a is downloaded from instance b (and from a), asked of each instance
// directly on its own port, byte for byte the file she sent.
import { randomBytes } from "node:crypto";
import { demoCertificatePdf } from "../../prisma/seed/demo-pdf";
import { expect, instance, msg, named, query, signedInContext, test } from "./scale-fixtures";

test("a certificate uploaded through instance a downloads from instance b", async ({ browser, playwright, make }) => {
  const priya = await make.coach({ name: named("Priya Raman"), status: "draft", capacity: 1 });
  const certificate = Buffer.from(
    demoCertificatePdf({
      holder: priya.name,
      credentialKind: "icf_training",
      trainingHours: 60,
      reference: `SCALE-${randomBytes(3).toString("hex").toUpperCase()}`,
    }),
  );
  const context = await signedInContext(browser, priya, "a");
  try {
    const t = (key: string) => msg("en", `coachProfile.credentials.${key}`);
    const page = await context.newPage();
    await page.goto("/coach/profile");
    const upload = page.locator("#credentials form").filter({ has: page.locator("#credential-file") });
    await upload.getByLabel(t("file"), { exact: true }).setInputFiles({
      name: "priya-certificate.pdf",
      mimeType: "application/pdf",
      buffer: certificate,
    });
    await upload.getByRole("button", { name: t("upload"), exact: true }).click();
    await expect(upload.getByRole("status")).toContainText(t("uploaded"));
    const [document] = await query<{ id: string }>(`select id from "CredentialDocument" where "coachProfileId" = $1`, [
      priya.profileId,
    ]);
    expect(document).toBeDefined();

    // Each instance on its own port, with her session cookie.
    const session = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
    for (const name of ["b", "a"]) {
      const direct = await playwright.request.newContext({
        baseURL: instance(name).url,
        extraHTTPHeaders: { cookie: `${session.name}=${session.value}` },
      });
      try {
        const response = await direct.get(`/api/files/credentials/${document.id}`);
        expect(response.status(), `instance ${name}`).toBe(200);
        expect(response.headers()["content-type"]).toBe("application/pdf");
        expect(Buffer.compare(await response.body(), certificate), `instance ${name}`).toBe(0);
      } finally {
        await direct.dispose();
      }
    }
    // Nobody signed in gets nothing from either.
    const anonymous = await playwright.request.newContext({ baseURL: instance("b").url });
    try {
      expect((await anonymous.get(`/api/files/credentials/${document.id}`, { maxRedirects: 0 })).status()).toBe(401);
    } finally {
      await anonymous.dispose();
    }
  } finally {
    await context.close();
  }
});
