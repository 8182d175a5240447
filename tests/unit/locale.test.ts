import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/config";
import { localized } from "@/lib/i18n/localized";

describe("negotiateLocale", () => {
  it("picks French for a French browser", () => expect(negotiateLocale("fr-CH,fr;q=0.9,en;q=0.8")).toBe("fr"));
  it("honours q-values over order", () => expect(negotiateLocale("de;q=1,en;q=0.5,fr;q=0.8")).toBe("fr"));
  it("returns null when no supported language is offered", () => expect(negotiateLocale("de-DE,es;q=0.9")).toBeNull());
  it("returns null without a header", () => expect(negotiateLocale(null)).toBeNull());
  it("ignores languages refused with q=0", () => expect(negotiateLocale("fr;q=0,en")).toBe("en"));
});

describe("localized", () => {
  it("reads the field of the reader's language", () => {
    const p = { nameEn: "Peer coaching", nameFr: "Coaching entre pairs" };
    expect(localized(p, "name", "fr")).toBe("Coaching entre pairs");
    expect(localized(p, "name", "en")).toBe("Peer coaching");
  });
});
