// CONTRACT STUB (filled in by the feedback work): the closing evaluation and the attestation link,
// shown on the engagement page once the engagement is completed.
export function ClosingEvaluationPanel(_props: { engagementId: string; viewerIsClient: boolean }) {
  return null;
}
