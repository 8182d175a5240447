// What a client or mentee seeks (their match preferences) and a programme's suggestion weights:
// one schema for each form and its action. Messages are keys of the `errors` catalogue.
import { z } from "zod";
import { EXPERTISE_AREAS, GENDERS } from "../domain/directory-filters";
import { ENTITY_PREFERENCES, MAX_GOAL, MAX_WEIGHT, WEIGHT_KEYS } from "../domain/match-suggestions";

const id = z.string().min(1).max(64);
const languageCode = z.string().regex(/^[a-z]{2,3}$/, "matchLanguageUnknown");

export const matchPreferencesSchema = z.object({
  programmeId: id,
  expertiseAreas: z.array(z.enum(EXPERTISE_AREAS)).max(EXPERTISE_AREAS.length),
  languages: z.array(languageCode).max(10, "matchLanguageUnknown"),
  entityPreference: z.enum(ENTITY_PREFERENCES),
  /** "" (no preference) or one of the genders (not "prefer not to say"). */
  gender: z.union([z.literal(""), z.enum(GENDERS.filter((g) => g !== "prefer_not_to_say"))]),
  timeZoneOverlap: z.boolean(),
  goal: z.string().trim().max(MAX_GOAL, "textTooLong"),
});
export type MatchPreferencesInput = z.infer<typeof matchPreferencesSchema>;
export type MatchPreferencesFormValues = z.input<typeof matchPreferencesSchema>;

const weight = z.coerce
  .number({ error: "matchWeightRange" })
  .int("matchWeightRange")
  .min(0, "matchWeightRange")
  .max(MAX_WEIGHT, "matchWeightRange");

export const matchWeightsSchema = z.object({
  programmeId: id,
  ...(Object.fromEntries(WEIGHT_KEYS.map((k) => [k, weight])) as Record<(typeof WEIGHT_KEYS)[number], typeof weight>),
});
export type MatchWeightsInput = z.output<typeof matchWeightsSchema>;
export type MatchWeightsFormValues = z.input<typeof matchWeightsSchema>;
