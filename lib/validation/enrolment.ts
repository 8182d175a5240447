// Joining a cohort and answering about one's place: the same schemas for the forms
// (zodResolver) and the server actions (safeParse). Messages are keys of the "errors" catalogue.
import { z } from "zod";

export const joinCohortSchema = z.object({
  cohortId: z.string().min(1).max(64),
  /** The commitment to the whole process must be ticked. */
  commitment: z.boolean().refine((v) => v === true, "enrolmentCommitmentRequired"),
  /** Optional: a courtesy e-mail to the person's supervisor. "" when left empty. */
  supervisorEmail: z.union([
    z.literal(""),
    z.string().trim().max(254, "supervisorEmailInvalid").pipe(z.email("supervisorEmailInvalid")),
  ]),
});
export type JoinCohortInput = z.input<typeof joinCohortSchema>;

export const cohortPlaceSchema = z.object({ cohortId: z.string().min(1).max(64) });
