// Finishing what one starts: who carries the duty, what counts as real reasons, who may be proposed
// instead, the shared schema, and the e-mail the client (mentee) reads, in English and in French.
import { describe, expect, it } from "vitest";
import {
  carriesEndingDuty,
  endReasonProblem,
  isEarlyEnding,
  MIN_EARLY_END_REASON,
  replacementProblem,
  type ReplacementCandidate,
  type ReplacementContext,
} from "@/lib/domain/early-ending";
import { MAX_REASON } from "@/lib/domain/match-request";
import { engagementEndedEmail } from "@/lib/email/request-emails";
import { endEngagementEarlySchema, endEngagementSchema } from "@/lib/validation/requests";

const reasons = "I am posted to a field mission with no connection for months.";

describe("who carries the duty to finish", () => {
  it("is the coach or mentor of an engagement still under way", () => {
    expect(carriesEndingDuty("provider", "coach")).toBe(true);
    expect(carriesEndingDuty("provider", "mentor")).toBe(true);
    expect(isEarlyEnding({ status: "active" })).toBe(true);
  });

  it("is not the client or mentee, nor a networking colleague; a finished engagement is not ended early", () => {
    expect(carriesEndingDuty("seeker", "coach")).toBe(false);
    expect(carriesEndingDuty("seeker", "mentor")).toBe(false);
    expect(carriesEndingDuty("provider", "networking")).toBe(false);
    expect(isEarlyEnding({ status: "completed" })).toBe(false);
    expect(isEarlyEnding({ status: "ended" })).toBe(false);
  });
});

describe("reasons", () => {
  it("are required from everybody", () => {
    expect(endReasonProblem("   ", false)).toBe("endReasonRequired");
    expect(endReasonProblem("", true)).toBe("endReasonRequired");
  });

  it("from a client may be short, as before; from a coach stopping early they are a real sentence", () => {
    expect(endReasonProblem("New post.", false)).toBeNull();
    expect(endReasonProblem("New post.", true)).toBe("endReasonTooShort");
    expect(endReasonProblem("x".repeat(MIN_EARLY_END_REASON + 5), true)).toBe("endReasonTooShort");
    expect(endReasonProblem(`  ${reasons}  `, true)).toBeNull();
  });

  it("are bounded", () => {
    expect(endReasonProblem(`${reasons} ${"a".repeat(MAX_REASON)}`, true)).toBe("textTooLong");
  });
});

describe("who may be proposed instead", () => {
  const ctx: ReplacementContext = {
    kind: "mentor",
    programmeId: "prog-1",
    profileCapacityLimit: 2,
    providerUserId: "maria",
    seekerId: "mehdi",
  };
  const listed: ReplacementCandidate = {
    id: "p-nadia",
    userId: "nadia",
    kind: "mentor",
    programmeId: "prog-1",
    status: "approved",
    availability: "open",
    capacity: 3,
    credentialLapsedAt: null,
    user: { disabledAt: null },
    active: 1,
  };

  it("a listed mentor of the same programme with a free place", () => {
    expect(replacementProblem(listed, ctx)).toBeNull();
  });

  it("not oneself, not the client, not someone of another programme, kind or status", () => {
    expect(replacementProblem(null, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, userId: "maria" }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, userId: "mehdi" }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, programmeId: "prog-2" }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, kind: "coach" }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, status: "submitted" }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, availability: "paused" }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, user: { disabledAt: new Date() } }, ctx)).toBe("replacementNotEligible");
    expect(replacementProblem({ ...listed, credentialLapsedAt: new Date() }, ctx)).toBe("replacementNotEligible");
  });

  it("not someone whose places are all taken (the programme's cap counts)", () => {
    expect(replacementProblem({ ...listed, active: 2 }, ctx)).toBe("replacementFull");
  });

  it("coaches serve every coaching programme", () => {
    const coach = { ...listed, kind: "coach" as const, programmeId: null };
    expect(replacementProblem(coach, { ...ctx, kind: "coach" })).toBeNull();
  });
});

describe("the shared schemas", () => {
  it("the coach's form refuses thin reasons beside the field, and keeps a proposal optional", () => {
    const thin = endEngagementEarlySchema.safeParse({ engagementId: "e1", reason: "Busy." });
    expect(thin.success).toBe(false);
    expect(thin.error?.issues[0]).toMatchObject({ path: ["reason"], message: "endReasonTooShort" });
    const ok = endEngagementEarlySchema.parse({ engagementId: "e1", reason: reasons });
    expect(ok).toEqual({ engagementId: "e1", reason: reasons, proposedProfileId: "", alternative: "" });
  });

  it("the client's form keeps today's rule: any reason", () => {
    expect(endEngagementSchema.safeParse({ engagementId: "e1", reason: "Busy." }).success).toBe(true);
    expect(endEngagementSchema.safeParse({ engagementId: "e1", reason: " " }).error?.issues[0].message).toBe(
      "endReasonRequired",
    );
  });
});

describe("the e-mail to the client or mentee", () => {
  it("in French: the reasons, the coach proposed, the suggestion, the seat kept, the way back", () => {
    const mail = engagementEndedEmail(
      { to: "amina@un.org", name: "Amina", locale: "fr" },
      {
        endedByName: "Carlos",
        reason: reasons,
        url: "https://binome.example/engagements",
        chooseAgain: { kind: "coach", proposedName: "Nadia Haddad", alternative: "Un atelier de groupe en mars." },
      },
    );
    expect(mail.kind).toBe("engagement-ended");
    expect(mail.subject).toBe("Carlos a arrêté votre coaching avant son terme");
    expect(mail.text).toContain(reasons);
    expect(mail.text).toContain("vous propose une ou un autre coach : Nadia Haddad");
    expect(mail.text).toContain("Un atelier de groupe en mars.");
    expect(mail.text).toContain("Votre place dans la cohorte est conservée");
    expect(mail.text).toContain("https://binome.example/engagements");
  });

  it("in English to a mentee, without a proposal", () => {
    const mail = engagementEndedEmail(
      { to: "mehdi@un.org", name: "Mehdi", locale: "en" },
      {
        endedByName: "Maria",
        reason: reasons,
        url: "https://binome.example/engagements",
        chooseAgain: { kind: "mentor", proposedName: null, alternative: null },
      },
    );
    expect(mail.subject).toBe("Maria has stopped your mentoring before its end");
    expect(mail.text).toContain("Your place in the cohort is kept");
    expect(mail.text).not.toContain("proposes another");
  });

  it("a client ending keeps today's e-mail", () => {
    const mail = engagementEndedEmail(
      { to: "carlos@un.org", name: "Carlos", locale: "en" },
      { endedByName: "Amina", reason: "New post.", url: "https://binome.example/engagements" },
    );
    expect(mail.subject).toBe("Amina ended your coaching association");
    expect(mail.text).not.toContain("cohort");
  });
});
