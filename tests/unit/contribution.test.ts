// A coach's or mentor's attestation figures: what counts in a period, per programme and in total.
import { describe, expect, it } from "vitest";
import {
  contributionPeriod,
  contributionYears,
  hasContribution,
  parseContributionYear,
  summariseContribution,
  type ContributionEngagement,
} from "@/lib/domain/contribution";

const at = (s: string) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s);
const held = (...days: string[]) => days.map((d) => ({ heldAt: at(d), minutes: 45 }));

const finishedIn2025: ContributionEngagement = {
  programmeId: "coaching",
  startedAt: at("2025-02-01"),
  closedAt: at("2025-08-01"),
  completedAt: at("2025-08-01"),
  sessionsHeld: held("2025-02-10", "2025-03-10", "2025-04-10", "2025-05-10", "2025-06-10", "2025-07-31T23:30:00Z"),
};
const acrossTheNewYear: ContributionEngagement = {
  programmeId: "coaching",
  startedAt: at("2025-11-15"),
  closedAt: null,
  completedAt: null,
  sessionsHeld: held("2025-12-01", "2026-01-05"),
};
const endedEarlyIn2026: ContributionEngagement = {
  programmeId: "tripartite",
  startedAt: at("2026-03-01"),
  closedAt: at("2026-04-01"),
  completedAt: null,
  sessionsHeld: [{ heldAt: at("2026-03-05"), minutes: 60 }],
};
const all = [finishedIn2025, acrossTheNewYear, endedEarlyIn2026];
const supervision = [
  { heldOn: at("2025-12-20"), attended: true },
  { heldOn: at("2026-01-20"), attended: true },
  { heldOn: at("2026-02-20"), attended: false },
];

describe("summariseContribution", () => {
  it("counts every year when no period is chosen", () => {
    const c = summariseContribution(all, supervision, contributionPeriod(null));
    expect(c.total).toEqual({ accompanied: 3, completed: 1, sessionsHeld: 9, minutesHeld: 8 * 45 + 60 });
    expect(c.supervisionAttended).toBe(2);
    expect(c.since).toEqual(at("2025-02-01"));
    expect(c.byProgramme).toEqual([
      { programmeId: "coaching", accompanied: 2, completed: 1, sessionsHeld: 8, minutesHeld: 360 },
      { programmeId: "tripartite", accompanied: 1, completed: 0, sessionsHeld: 1, minutesHeld: 60 },
    ]);
  });

  it("counts within one calendar year, both ends included, an engagement across the new year in each", () => {
    const y2025 = summariseContribution(all, supervision, contributionPeriod(2025));
    expect(y2025.total).toEqual({ accompanied: 2, completed: 1, sessionsHeld: 7, minutesHeld: 7 * 45 });
    expect(y2025.supervisionAttended).toBe(1);
    const y2026 = summariseContribution(all, supervision, contributionPeriod(2026));
    expect(y2026.total).toEqual({ accompanied: 2, completed: 0, sessionsHeld: 2, minutesHeld: 45 + 60 });
    // A missed supervision session is not counted.
    expect(y2026.supervisionAttended).toBe(1);
  });

  it("leaves out programmes with nothing in the period, and says when there is nothing to attest", () => {
    const y2024 = summariseContribution(all, supervision, contributionPeriod(2024));
    expect(y2024.byProgramme).toEqual([]);
    expect(hasContribution(y2024)).toBe(false);
    expect(
      hasContribution(
        summariseContribution([], [{ heldOn: at("2026-01-02"), attended: true }], contributionPeriod(null)),
      ),
    ).toBe(true);
    // An engagement accepted but with no session held yet attests nothing.
    const justStarted = { ...acrossTheNewYear, sessionsHeld: [] };
    expect(hasContribution(summariseContribution([justStarted], [], contributionPeriod(null)))).toBe(false);
  });

  it("offers the years with a session held or a supervision attended, newest first", () => {
    expect(contributionYears(all, supervision)).toEqual([2026, 2025]);
    expect(contributionYears([], [{ heldOn: at("2024-05-01"), attended: false }])).toEqual([]);
  });
});

describe("parseContributionYear", () => {
  it("takes a four-digit year and nothing else", () => {
    expect(parseContributionYear("2026")).toBe(2026);
    for (const bad of [undefined, "", "26", "2026x", "1999", "9999", ["2026", "2025"], "2026 ", "-2026"])
      expect(parseContributionYear(bad)).toBeNull();
  });
});
