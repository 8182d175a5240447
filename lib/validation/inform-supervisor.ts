// A coach or mentor tells their supervisor about their role: the same schema for the form
// (zodResolver) and the server action. Messages are keys of the "errors" catalogue.
import { z } from "zod";

/** The roles whose profile page offers the courtesy e-mail (clients and mentees send it when they join). */
export const SUPERVISOR_NOTICE_ROLES = ["coach", "mentor"] as const;
export type SupervisorNoticeRole = (typeof SUPERVISOR_NOTICE_ROLES)[number];

export const informSupervisorSchema = z.object({
  role: z.enum(SUPERVISOR_NOTICE_ROLES),
  /** Required here: sending the e-mail is the whole point of the form. */
  supervisorEmail: z.string().trim().min(1, "emailInvalid").max(254, "emailInvalid").pipe(z.email("emailInvalid")),
});
export type InformSupervisorInput = z.input<typeof informSupervisorSchema>;
