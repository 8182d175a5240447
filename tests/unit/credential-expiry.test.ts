import { describe, expect, it } from "vitest";
import { isListed, whyNotListed } from "@/lib/domain/coach-lifecycle";
import {
  checkCredentialDates,
  defaultExpiry,
  developmentMinutes,
  expiryState,
  hasLapsed,
  parseDay,
  reminderDue,
  totalHours,
} from "@/lib/domain/credential-expiry";

const d = (s: string) => parseDay(s)!;
const at = (s: string) => new Date(s);

describe("credential expiry", () => {
  it("defaults to three years after the credential's date, 29 February falling back to 28", () => {
    expect(defaultExpiry(d("2024-03-01"))).toEqual(d("2027-03-01"));
    expect(defaultExpiry(d("2024-02-29"))).toEqual(d("2027-02-28"));
  });

  it("reads only real days", () => {
    expect(parseDay("2025-02-30")).toBeNull();
    expect(parseDay("25-02-01")).toBeNull();
    expect(parseDay("2025-02-28")).toEqual(new Date(Date.UTC(2025, 1, 28)));
  });

  it("lapses the day after its expiry day, never without a date", () => {
    expect(hasLapsed(d("2026-05-10"), at("2026-05-10T23:59:00Z"))).toBe(false);
    expect(hasLapsed(d("2026-05-10"), at("2026-05-11T00:00:00Z"))).toBe(true);
    expect(hasLapsed(null, at("2099-01-01T00:00:00Z"))).toBe(false);
  });

  it("says unknown, current, expiring soon (60 days) or lapsed", () => {
    const now = at("2026-01-01T10:00:00Z");
    expect(expiryState(null, now)).toEqual({ state: "unknown" });
    expect(expiryState(d("2026-03-03"), now)).toEqual({ state: "current", daysLeft: 61 });
    expect(expiryState(d("2026-03-02"), now)).toEqual({ state: "expiringSoon", daysLeft: 60 });
    expect(expiryState(d("2025-12-30"), now)).toEqual({ state: "lapsed", daysAgo: 2 });
  });

  it("reminds once per threshold: 60 days, then 14; a late date gets only the 14-day one; none after expiry", () => {
    const expires = d("2026-03-31");
    expect(reminderDue(expires, at("2026-01-29T08:00:00Z"), [])).toBeNull(); // 61 days before
    expect(reminderDue(expires, at("2026-01-30T08:00:00Z"), [])).toBe(60);
    expect(reminderDue(expires, at("2026-02-10T08:00:00Z"), [60])).toBeNull();
    expect(reminderDue(expires, at("2026-03-17T08:00:00Z"), [60])).toBe(14);
    expect(reminderDue(expires, at("2026-03-20T08:00:00Z"), [60, 14])).toBeNull();
    expect(reminderDue(expires, at("2026-03-25T08:00:00Z"), [])).toBe(14);
    expect(reminderDue(expires, at("2026-04-01T08:00:00Z"), [])).toBeNull();
    expect(reminderDue(null, at("2026-03-25T08:00:00Z"), [])).toBeNull();
  });

  it("refuses a credential dated in the future or expiring before its date", () => {
    const now = at("2026-01-01T12:00:00Z");
    expect(checkCredentialDates(d("2026-01-02"), d("2029-01-02"), now)).toBe("credentialDateInFuture");
    expect(checkCredentialDates(d("2025-01-02"), d("2025-01-02"), now)).toBe("credentialExpiryBeforeDate");
    expect(checkCredentialDates(d("2026-01-01"), d("2029-01-01"), now)).toBeNull();
  });

  it("counts development hours by quarters and totals them", () => {
    expect(developmentMinutes(1.5)).toBe(90);
    expect(developmentMinutes(0.1)).toBeNull();
    expect(developmentMinutes(0)).toBeNull();
    expect(developmentMinutes(201)).toBeNull();
    expect(totalHours([90, 360, 45])).toBe(8.3);
  });

  it("takes a lapsed coach out of the listing (refused like one not approved)", () => {
    const active = { disabledAt: null };
    const base = { status: "approved" as const, availability: "open" as const, user: active };
    expect(isListed({ ...base, credentialLapsedAt: null })).toBe(true);
    expect(isListed({ ...base, credentialLapsedAt: new Date() })).toBe(false);
    expect(whyNotListed({ ...base, credentialLapsedAt: new Date() })).toBe("notApproved");
  });
});
