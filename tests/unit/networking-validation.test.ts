import { describe, expect, it } from "vitest";
import {
  askConversationSchema,
  MAX_NETWORKING_MESSAGE,
  MAX_NETWORKING_TOPICS,
  networkingProfileSchema,
  secondMeetingDecisionSchema,
} from "@/lib/validation/networking";

const profile = {
  bioEn: "Field operations",
  bioFr: "",
  coachingLanguages: ["en"],
  expertiseAreas: [],
  capacity: 1,
  availability: "open",
};
const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);

describe("the networking profile (opting in)", () => {
  it("takes topics in either language, at least one language, areas optional", () => {
    expect(networkingProfileSchema.safeParse(profile).success).toBe(true);
    expect(
      networkingProfileSchema.safeParse({ ...profile, bioEn: "", bioFr: "Opérations sur le terrain" }).success,
    ).toBe(true);
    expect(networkingProfileSchema.parse({ ...profile, bioEn: "  Field operations  " }).bioEn).toBe("Field operations");
  });

  it("refuses no topics, long topics, no language, an unknown area, a capacity out of 1..3", () => {
    expect(issues(networkingProfileSchema.safeParse({ ...profile, bioEn: "   " }))).toEqual([
      "bioEn:networkingTopicsRequired",
    ]);
    expect(
      issues(networkingProfileSchema.safeParse({ ...profile, bioFr: "x".repeat(MAX_NETWORKING_TOPICS + 1) })),
    ).toEqual(["bioFr:textTooLong"]);
    expect(issues(networkingProfileSchema.safeParse({ ...profile, coachingLanguages: [] }))).toEqual([
      "coachingLanguages:networkingLanguageRequired",
    ]);
    expect(networkingProfileSchema.safeParse({ ...profile, expertiseAreas: ["astrology"] }).success).toBe(false);
    expect(issues(networkingProfileSchema.safeParse({ ...profile, capacity: 0 }))).toEqual(["capacity:capacityRange"]);
    expect(issues(networkingProfileSchema.safeParse({ ...profile, capacity: 4 }))).toEqual(["capacity:capacityRange"]);
    expect(networkingProfileSchema.safeParse({ ...profile, availability: "maybe" }).success).toBe(false);
  });
});

describe("asking for a conversation", () => {
  it("needs a brief message stating the shared interest", () => {
    expect(askConversationSchema.safeParse({ colleagueId: "cp1", message: "We both work on data." }).success).toBe(
      true,
    );
    expect(issues(askConversationSchema.safeParse({ colleagueId: "cp1", message: "  " }))).toEqual([
      "message:networkingMessageRequired",
    ]);
    expect(
      askConversationSchema.safeParse({ colleagueId: "cp1", message: "x".repeat(MAX_NETWORKING_MESSAGE) }).success,
    ).toBe(true);
    expect(
      issues(askConversationSchema.safeParse({ colleagueId: "cp1", message: "x".repeat(MAX_NETWORKING_MESSAGE + 1) })),
    ).toEqual(["message:textTooLong"]);
    expect(askConversationSchema.safeParse({ colleagueId: "", message: "Hello" }).success).toBe(false);
  });
});

describe("deciding about a second meeting", () => {
  it("is a yes or a no about one engagement", () => {
    expect(secondMeetingDecisionSchema.safeParse({ engagementId: "e1", useful: false }).success).toBe(true);
    expect(secondMeetingDecisionSchema.safeParse({ engagementId: "e1", useful: "no" }).success).toBe(false);
    expect(secondMeetingDecisionSchema.safeParse({ engagementId: "", useful: true }).success).toBe(false);
  });
});
