import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { demoPersonaRank, DEMO_PERSONA_EMAILS } from "@/lib/domain/demo-personas";
import { knownKey, messageOrNull } from "@/lib/i18n/keys";
import { messagesFor } from "@/lib/i18n/messages";
import { isErrorKey } from "@/lib/server/errors";

describe("keys built at run time", () => {
  const te = createTranslator({ locale: "fr", messages: messagesFor("fr"), namespace: "errors" });

  it("keeps a key the catalogue holds, and translates it", () => {
    const key = knownKey(te, "textTooLong", "invalidInput");
    expect(key).toBe("textTooLong");
    expect(te(key)).toBe(messagesFor("fr").errors.textTooLong);
  });

  it("falls back for a message that is not a key (zod's own English, a typo)", () => {
    expect(knownKey(te, "Invalid input: expected string", "invalidInput")).toBe("invalidInput");
    expect(knownKey(te, "textTooLon")).toBeUndefined();
  });

  it("finds the session plans' texts from a stored step key, and nothing for an unknown step", () => {
    const all = createTranslator({ locale: "en", messages: messagesFor("en") });
    const title = knownKey(all, "sessionPlans.coaching.intro.title");
    expect(title && all(title)).toBe("Introduction meeting");
    expect(knownKey(all, "sessionPlans.coaching.retired-step.title")).toBeUndefined();
  });

  it("gives a run-time key's message, or null when the namespace has no such key", () => {
    const all = createTranslator({ locale: "fr", messages: messagesFor("fr") });
    expect(messageOrNull(all, "sessionPlans.coaching.intro.title")).toBe(
      messagesFor("fr").sessionPlans.coaching.intro.title,
    );
    expect(messageOrNull(all, "sessionPlans.coaching.retired-step.title")).toBeNull();
    const roles = createTranslator({ locale: "en", messages: messagesFor("en"), namespace: "roles" });
    expect(messageOrNull(roles, "coach")).toBe(messagesFor("en").roles.coach);
    expect(messageOrNull(roles, "astronaut")).toBeNull();
  });

  it("tells a server refusal's code from any other string", () => {
    expect(isErrorKey("forbidden")).toBe(true);
    expect(isErrorKey("errors.forbidden")).toBe(false);
    expect(isErrorKey("toString")).toBe(false);
  });
});

describe("demo personas", () => {
  it("are offered in the order of the list, anyone else last", () => {
    const shuffled = ["someone@example.org", ...[...DEMO_PERSONA_EMAILS].reverse()];
    expect(shuffled.sort((a, b) => demoPersonaRank(a) - demoPersonaRank(b))).toEqual([
      "someone@example.org",
      ...DEMO_PERSONA_EMAILS,
    ]);
  });
});
