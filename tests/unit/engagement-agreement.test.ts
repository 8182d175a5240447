import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { CHARTER, CHARTER_ARTICLES, CHARTER_GROUPS } from "@/lib/domain/charter";
import {
  AGREEMENT_CLAUSES,
  AGREEMENT_SECTIONS,
  AGREEMENT_VERSIONS,
  agreementKindOf,
  agreementRole,
  agreementState,
  checkAcceptance,
  hasCharterAnnex,
  sideOf,
  type AgreementKind,
} from "@/lib/domain/engagement-agreement";

const CATALOGUES = { en, fr } as const;
const DAY = 86_400_000;
const at = (day: number) => new Date(Date.UTC(2026, 11, 1) + day * DAY);
const people = { provider: "coach-1", seeker: "client-1" };

describe("the coach's ethics charter (seed 004)", () => {
  it("has its seventeen articles in four groups, in the seed's order", () => {
    expect(CHARTER_ARTICLES).toHaveLength(17);
    expect(new Set(CHARTER_ARTICLES).size).toBe(17);
    expect(CHARTER_GROUPS).toEqual(["coach", "coachee", "organisation", "peers"]);
    expect(CHARTER.coach).toHaveLength(6);
    // "Obligation de moyens" and "Protection de la personne" are two articles, not one.
    expect(CHARTER.coachee).toEqual(["remote", "request", "means", "protection", "decisions", "stopping"]);
    expect(CHARTER.organisation).toHaveLength(4);
    expect(CHARTER.peers).toEqual(["reserve"]);
  });

  it.each(["en", "fr"] as const)("has a title and a text for every article in %s, and no other", (lang) => {
    const items = CATALOGUES[lang].commitments.charter.items as Record<string, { title: string; body: string }>;
    expect(Object.keys(items).sort()).toEqual([...CHARTER_ARTICLES].sort());
    for (const article of CHARTER_ARTICLES) {
      expect(items[article]!.title.trim().length).toBeGreaterThan(3);
      expect(items[article]!.body.trim().length).toBeGreaterThan(20);
    }
    for (const group of CHARTER_GROUPS) expect(CATALOGUES[lang].commitments.charter.groups[group]).toBeTruthy();
  });

  it("says the protection of the person apart from the obligation of means", () => {
    expect(en.commitments.charter.items.protection.body).toMatch(/stage of development/);
    expect(fr.commitments.charter.items.protection.body).toMatch(/étapes de développement/);
    expect(en.commitments.charter.items.means.body).not.toMatch(/pace|stage/);
  });
});

describe("the engagement agreement's text", () => {
  it.each(["en", "fr"] as const)("has every clause of both kinds in %s", (lang) => {
    const agreement = CATALOGUES[lang].agreement as unknown as Record<
      AgreementKind,
      Record<string, Record<string, string>>
    >;
    for (const kind of ["coaching", "mentoring"] as const) {
      for (const section of AGREEMENT_SECTIONS) {
        expect(AGREEMENT_CLAUSES[kind][section].length).toBeGreaterThan(0);
        for (const clause of AGREEMENT_CLAUSES[kind][section])
          expect(agreement[kind]![section]![clause], `${lang} ${kind}.${section}.${clause}`).toBeTruthy();
        expect(Object.keys(agreement[kind]![section]!).sort()).toEqual([...AGREEMENT_CLAUSES[kind][section]].sort());
      }
    }
  });

  it("covers confidentiality, the plan, cancelling and ending, and a coach finishing what they start", () => {
    expect(AGREEMENT_SECTIONS).toEqual(["confidentiality", "plan", "changes", "ending"]);
    expect(AGREEMENT_CLAUSES.coaching.ending).toContain("finish");
    expect(en.agreement.coaching.ending.finish).toMatch(/expected to see the coaching through/);
    expect(fr.agreement.coaching.ending.finish).toMatch(/mener le coaching jusqu'à sa dernière séance/);
    // The plan's figures are arguments, filled from the session plan, never written in the text.
    expect(en.agreement.coaching.plan.figures).toContain("{total, plural");
    expect(en.agreement.mentoring.plan.figures).toContain("{minutes}");
  });

  it("annexes the charter to coaching only, and is offered to coaching and mentoring only", () => {
    expect(hasCharterAnnex("coaching")).toBe(true);
    expect(hasCharterAnnex("mentoring")).toBe(false);
    expect(agreementKindOf("coaching")).toBe("coaching");
    expect(agreementKindOf("mentoring")).toBe("mentoring");
    expect(agreementKindOf("networking")).toBeNull();
    expect(agreementKindOf("tripartite_coaching")).toBeNull();
    expect(agreementRole("coaching", "provider")).toBe("coach");
    expect(agreementRole("mentoring", "seeker")).toBe("mentee");
  });
});

describe("agreementState", () => {
  const v = AGREEMENT_VERSIONS.coaching;

  it("is complete only when both people accepted the current version", () => {
    const none = agreementState("coaching", people, []);
    expect(none.complete).toBe(false);
    expect(none.provider).toEqual({ current: null, outdated: null });
    const one = agreementState("coaching", people, [{ userId: "coach-1", version: v, acceptedAt: at(1) }]);
    expect(one.complete).toBe(false);
    expect(one.provider.current?.acceptedAt).toEqual(at(1));
    const both = agreementState("coaching", people, [
      { userId: "coach-1", version: v, acceptedAt: at(1) },
      { userId: "client-1", version: v, acceptedAt: at(2) },
    ]);
    expect(both.complete).toBe(true);
  });

  it("asks again after a version change, remembering the earlier acceptance", () => {
    const rows = [
      { userId: "coach-1", version: "2026-01", acceptedAt: at(1) },
      { userId: "client-1", version: "2026-01", acceptedAt: at(2) },
      { userId: "client-1", version: "2026-06", acceptedAt: at(5) },
    ];
    const s = agreementState("coaching", people, rows, "2026-06");
    expect(s.complete).toBe(false);
    expect(s.provider.current).toBeNull();
    expect(s.provider.outdated?.version).toBe("2026-01");
    expect(s.seeker.current?.version).toBe("2026-06");
    expect(s.seeker.outdated).toBeNull();
    expect(agreementState("coaching", people, rows, "2026-01").complete).toBe(true);
  });

  it("ignores anyone else's acceptance", () => {
    const s = agreementState("coaching", people, [
      { userId: "intruder", version: v, acceptedAt: at(1) },
      { userId: "client-1", version: v, acceptedAt: at(1) },
    ]);
    expect(s.provider.current).toBeNull();
    expect(s.complete).toBe(false);
    expect(sideOf(people, "intruder")).toBeNull();
    expect(sideOf(people, "client-1")).toBe("seeker");
  });
});

describe("checkAcceptance", () => {
  const v = AGREEMENT_VERSIONS.mentoring;
  const state = agreementState("mentoring", people, [{ userId: "client-1", version: v, acceptedAt: at(1) }]);
  const base = {
    kind: "mentoring" as const,
    status: "active" as const,
    versionRead: v,
    state,
    side: "provider" as const,
  };

  it("lets a person accept the current version once, on an active engagement", () => {
    expect(checkAcceptance(base)).toEqual({ ok: true });
    expect(checkAcceptance({ ...base, side: "seeker" })).toEqual({ ok: false, error: "agreementAlreadyAccepted" });
  });

  it("refuses an outdated version, an engagement that is over, and engagements without an agreement", () => {
    expect(checkAcceptance({ ...base, versionRead: "2020-01" })).toEqual({
      ok: false,
      error: "agreementVersionChanged",
    });
    expect(checkAcceptance({ ...base, status: "ended" })).toEqual({ ok: false, error: "engagementNotActive" });
    expect(checkAcceptance({ ...base, status: "completed" })).toEqual({ ok: false, error: "engagementNotActive" });
    expect(checkAcceptance({ ...base, kind: null, state: null })).toEqual({ ok: false, error: "agreementNotOffered" });
  });
});
