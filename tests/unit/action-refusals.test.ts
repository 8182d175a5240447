// What runAction answers when a form's values fail its schema: the first message of each field, in
// the person's language, and the first field (which the form focuses).
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { refusalOf } from "@/lib/actions/run-action";
import { createCohortSchema } from "@/lib/validation/programmes";
import { proposeSessionSchema } from "@/lib/validation/sessions";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

const t = (locale: "en" | "fr") =>
  createTranslator({ locale, messages: locale === "en" ? en : fr, namespace: "errors" }) as never;

describe("field errors from runAction", () => {
  it("names every field that failed, with its own message, translated", () => {
    const parsed = proposeSessionSchema.safeParse({
      sessionId: "s1",
      startsAtLocal: "9999-12-31T10:00",
      timeZone: "Europe/Zurich",
      mode: "video",
      location: "",
    });
    expect(parsed.success).toBe(false);
    expect(refusalOf(parsed.error!, t("fr"))).toEqual({
      ok: false,
      error: fr.errors.sessionLinkRequired,
      field: "location",
      fieldErrors: { location: fr.errors.sessionLinkRequired, startsAtLocal: fr.errors.sessionTimeTooFar },
    });
  });

  it("names a field nested in the form's values by its own name", () => {
    const parsed = createCohortSchema.safeParse({ programmeId: "p1", values: { nameEn: "" } });
    const refusal = refusalOf(parsed.error!, t("en"));
    expect(refusal).toMatchObject({ ok: false, field: "slug", error: en.errors.invalidInput });
    expect("fieldErrors" in refusal && refusal.fieldErrors).toMatchObject({
      slug: en.errors.invalidInput,
      nameEn: en.errors.programmeNameRequired,
      seats: en.errors.seatsRange,
    });
  });

  it("falls back to the general message for messages that are not catalogue keys, and for the form as a whole", () => {
    const parsed = z.object({ id: z.string() }).safeParse({ id: 3 });
    expect(refusalOf(parsed.error!, t("en"))).toEqual({
      ok: false,
      error: en.errors.invalidInput,
      field: "id",
      fieldErrors: { id: en.errors.invalidInput },
    });
    const whole = z.string().safeParse(3);
    expect(refusalOf(whole.error!, t("en"))).toEqual({ ok: false, error: en.errors.invalidInput });
  });
});
