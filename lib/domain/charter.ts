// The coach's ethics charter (seed 004), article by article, in its order: four groups of duties,
// seventeen articles. Their texts are in the catalogues (commitments.charter.groups.<group> and
// commitments.charter.items.<article>.title / .body); the charter is accepted with the
// confidentiality commitment (COMMITMENTS_VERSION) and annexed to every coaching agreement.
// "Obligation de moyens" and "Protection de la personne" were once one article ("means"); they are
// now two, restating the same duties article by article without changing their substance, so
// COMMITMENTS_VERSION stays and coaches who accepted it are not asked to accept again.
export const CHARTER = {
  coach: ["training", "skills", "supervision", "secrecy", "influence", "refuse"],
  coachee: ["remote", "request", "means", "protection", "decisions", "stopping"],
  organisation: ["context", "contract", "reporting", "balance"],
  peers: ["reserve"],
} as const;

export type CharterGroup = keyof typeof CHARTER;
export const CHARTER_GROUPS = Object.keys(CHARTER) as CharterGroup[];

/** Every article, in the charter's order. */
export const CHARTER_ARTICLES: readonly string[] = CHARTER_GROUPS.flatMap((g) => CHARTER[g]);
