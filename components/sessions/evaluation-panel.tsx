// CONTRACT STUB (filled in by the feedback work): the one-minute evaluation of one completed
// session, for the viewer only. The engagement page renders it under each completed session.
import type { OwnFeedback } from "@/lib/server/feedback/load-own-feedback";

export function SessionEvaluationPanel(_props: { engagementId: string; sessionId: string; mine: OwnFeedback | null }) {
  return null;
}
