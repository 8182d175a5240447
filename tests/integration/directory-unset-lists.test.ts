// A listed coach whose expertise or languages were never set (NULL columns, as rows made before
// those fields were required may be) is shown with empty lists: the directory never fails on them.
import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "@/lib/domain/directory-filters";
import { setUpApp } from "../support/app";

const { prisma, make } = await setUpApp();
const { searchDirectory } = await import("@/lib/server/coaches/search-directory");

describe("the coach directory", () => {
  it("lists a coach whose expertise and languages were never set, with empty lists", async () => {
    const viewer = await make.person({ roles: ["client"] });
    const coach = await make.coach({ name: "Nora Unset" });
    const stored = await prisma.$queryRaw<{ expertiseAreas: unknown; coachingLanguages: unknown }[]>`
      select "expertiseAreas", "coachingLanguages" from "MatchingProfile" where id = ${coach.profileId}`;
    expect(stored).toEqual([{ expertiseAreas: null, coachingLanguages: null }]);

    const { coaches } = await searchDirectory(prisma, DEFAULT_FILTERS, viewer.id);
    expect(coaches.map((c) => [c.name, c.expertiseAreas, c.coachingLanguages])).toEqual([["Nora Unset", [], []]]);
  });
});
