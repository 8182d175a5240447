import { z } from "zod";
import { recordId } from "./record-id";

/** Accepting an engagement's agreement: the version read, and the tick that says it was read. */
export const acceptEngagementAgreementSchema = z.object({
  engagementId: recordId,
  version: z.string().trim().min(1).max(20),
  accept: z.literal(true, "agreementAcceptRequired"),
});
export type AcceptEngagementAgreementInput = z.infer<typeof acceptEngagementAgreementSchema>;
