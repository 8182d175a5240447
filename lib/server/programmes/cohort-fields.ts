import "server-only";
// Internal to the cohort verbs: the stored columns of a cohort from its form.
import { cohortSettingIssues, parseDay } from "../../domain/programme-settings";
import type { CohortInput } from "../../validation/programmes";
import { FieldDomainError } from "../errors";

/** The verbs check the rules again (whoever calls them): the first problem, beside its field. */
export function refuseCohortIssues(v: CohortInput): void {
  const [issue] = cohortSettingIssues(v);
  if (issue) throw new FieldDomainError(issue.code, issue.field);
}

/** The columns a cohort's form writes (the slug is set once, at creation). Days are UTC midnights. */
export function cohortData(v: CohortInput) {
  const day = (s: string) => {
    const d = parseDay(s);
    if (!d) throw new Error(`Not a day: ${s}`); // the schema has checked every date already
    return d;
  };
  return {
    nameEn: v.nameEn,
    nameFr: v.nameFr,
    startsOn: day(v.startsOn),
    endsOn: day(v.endsOn),
    enrolmentOpensOn: day(v.enrolmentOpensOn),
    enrolmentClosesOn: day(v.enrolmentClosesOn),
    seats: v.seats,
    status: v.status,
  };
}
