// The agreement that opens a peer coaching or mentoring engagement: confidentiality, the session
// plan, cancelling and rescheduling, ending — and, for coaching, the coach's ethics charter annexed
// (seed 004: "a contract … with a confidentiality clause … this charter is annexed"). Tripartite
// missions have their own contract (mission-terms.ts) and networking conversations need none.
//
// The texts are in the catalogues, under agreement.<kind>.<section>.<clause>; this file holds
// their order and their version. The version is recorded with each acceptance: when a text changes
// in substance, raise its version here, and both people are asked to accept again.

import type { ProgrammeType } from "../generated/prisma/enums";

export type AgreementKind = "coaching" | "mentoring";

/** The version of each kind's text (and of its annex for coaching: COMMITMENTS_VERSION is recorded apart). */
export const AGREEMENT_VERSIONS: Record<AgreementKind, string> = {
  coaching: "2026-12",
  mentoring: "2026-12",
};

export type AgreementSection = "confidentiality" | "plan" | "changes" | "ending";
export const AGREEMENT_SECTIONS: readonly AgreementSection[] = ["confidentiality", "plan", "changes", "ending"];

/** The clauses of each section, in order (catalogue keys agreement.<kind>.<section>.<clause>). */
export const AGREEMENT_CLAUSES: Record<AgreementKind, Record<AgreementSection, readonly string[]>> = {
  coaching: {
    confidentiality: ["sessions", "nobody", "records", "supervision", "after"],
    plan: ["figures", "intro", "marking"],
    changes: ["early", "newTime", "missed"],
    ending: ["finish", "either", "coachStops", "review"],
  },
  mentoring: {
    confidentiality: ["between", "names", "outside", "records"],
    plan: ["figures", "themes", "marking"],
    changes: ["early", "newTime", "missed"],
    ending: ["review", "either", "mentorFinishes"],
  },
};

/** Whether the kind has the coach's charter annexed. */
export function hasCharterAnnex(kind: AgreementKind): boolean {
  return kind === "coaching";
}

/** The agreement an engagement of this programme type opens with; null when it has none. */
export function agreementKindOf(type: ProgrammeType): AgreementKind | null {
  if (type === "coaching") return "coaching";
  if (type === "mentoring") return "mentoring";
  return null;
}

/** The two people of an engagement: the coach or mentor ("provider"), the client or mentee ("seeker"). */
export type AgreementSide = "provider" | "seeker";
export const AGREEMENT_SIDES: readonly AgreementSide[] = ["provider", "seeker"];

/** The role a side is named by in the kind's texts (stored with each acceptance). */
export function agreementRole(kind: AgreementKind, side: AgreementSide): "coach" | "client" | "mentor" | "mentee" {
  if (kind === "coaching") return side === "provider" ? "coach" : "client";
  return side === "provider" ? "mentor" : "mentee";
}

export type AcceptanceFact = { userId: string; version: string; acceptedAt: Date };

export type SideState = {
  /** Their acceptance of the current version, if any. */
  current: AcceptanceFact | null;
  /** Their latest acceptance of an earlier version, when they have not accepted the current one. */
  outdated: AcceptanceFact | null;
};

export type AgreementState = {
  kind: AgreementKind;
  version: string;
  provider: SideState;
  seeker: SideState;
  /** Both people accepted the current version. */
  complete: boolean;
};

/**
 * Where an engagement's agreement stands: who accepted the current version, who accepted only an
 * earlier one (and must accept again), and whether both did. Acceptances of other people are ignored.
 */
export function agreementState(
  kind: AgreementKind,
  people: Record<AgreementSide, string>,
  acceptances: readonly AcceptanceFact[],
  version: string = AGREEMENT_VERSIONS[kind],
): AgreementState {
  const sideState = (userId: string): SideState => {
    const mine = acceptances
      .filter((a) => a.userId === userId)
      .sort((a, b) => b.acceptedAt.getTime() - a.acceptedAt.getTime());
    const current = mine.find((a) => a.version === version) ?? null;
    return { current, outdated: current ? null : (mine[0] ?? null) };
  };
  const provider = sideState(people.provider);
  const seeker = sideState(people.seeker);
  return { kind, version, provider, seeker, complete: provider.current !== null && seeker.current !== null };
}

/** Which side a user is on, or null when they are not one of the engagement's two people. */
export function sideOf(people: Record<AgreementSide, string>, userId: string): AgreementSide | null {
  if (people.provider === userId) return "provider";
  if (people.seeker === userId) return "seeker";
  return null;
}

export type AcceptRefusal =
  "agreementNotOffered" | "engagementNotActive" | "agreementVersionChanged" | "agreementAlreadyAccepted";

/**
 * Whether this person may accept `version` now: the engagement has an agreement and is active,
 * the version read is the current one, and they have not accepted it yet.
 */
export function checkAcceptance(input: {
  kind: AgreementKind | null;
  status: "active" | "completed" | "ended";
  versionRead: string;
  state: AgreementState | null;
  side: AgreementSide;
}): { ok: true } | { ok: false; error: AcceptRefusal } {
  if (!input.kind || !input.state) return { ok: false, error: "agreementNotOffered" };
  if (input.status !== "active") return { ok: false, error: "engagementNotActive" };
  if (input.versionRead !== input.state.version) return { ok: false, error: "agreementVersionChanged" };
  if (input.state[input.side].current) return { ok: false, error: "agreementAlreadyAccepted" };
  return { ok: true };
}
