// The demo personas offered as one-click sign-in when DEMO_MODE=1 (seeded by prisma/seed).
export const DEMO_PERSONA_EMAILS = [
  "amina.client@example.org",
  "carlos.coach@example.org",
  "pending.coach@example.org",
  "maria.mentor@example.org",
  "mehdi.mentee@example.org",
  "hana.hr@example.org",
  "ade.admin@example.org",
  "sam.manager@example.org",
] as const;

export function isDemoPersona(email: string): boolean {
  return DEMO_PERSONA_EMAILS.some((persona) => persona === email);
}

/** A persona's place in the list above (the order the sign-in page offers them); -1 for anyone else. */
export function demoPersonaRank(email: string): number {
  return DEMO_PERSONA_EMAILS.findIndex((persona) => persona === email);
}
