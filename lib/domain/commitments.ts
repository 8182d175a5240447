// The confidentiality commitment and the coach's ethics charter that a coach accepts before
// submitting. Their texts are in the catalogues (commitments.*); this version is recorded with
// each acceptance, and changes whenever those texts change in substance.
export const COMMITMENTS_VERSION = "2026-11";

export function commitmentsCurrent(accepted: {
  commitmentsVersion: string | null;
  commitmentsAcceptedAt: Date | null;
}): boolean {
  return Boolean(accepted.commitmentsAcceptedAt) && accepted.commitmentsVersion === COMMITMENTS_VERSION;
}
