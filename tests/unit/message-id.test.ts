import { describe, expect, it } from "vitest";
import { messageIdOf, renderEml } from "@/lib/email/transport";

describe("the Message-ID of an outbox e-mail", () => {
  it("is made of the outbox id and the sender's domain, the same at every attempt", async () => {
    const email = {
      id: "cmoutbox123",
      from: "Binôme <no-reply@binome.example.org>",
      to: "amina@example.org",
      subject: "Hello",
      text: "Hello",
    };
    expect(messageIdOf(email)).toBe("<cmoutbox123@binome.example.org>");
    const first = (await renderEml(email)).toString();
    const second = (await renderEml(email)).toString();
    expect(first).toMatch(/^Message-ID: <cmoutbox123@binome\.example\.org>$/m);
    expect(second).toMatch(/^Message-ID: <cmoutbox123@binome\.example\.org>$/m);
  });

  it("takes a bare sender address too, and never leaves the id without a domain", () => {
    expect(messageIdOf({ id: "x1", from: "no-reply@un.org" })).toBe("<x1@un.org>");
    expect(messageIdOf({ id: "x2", from: "Binôme" })).toBe("<x2@binome.invalid>");
  });
});
