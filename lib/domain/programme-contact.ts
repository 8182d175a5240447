/** The programme team's address: questions, eligibility, accessibility problems. */
export const PROGRAMME_EMAIL = "peercoaching@un.org";
