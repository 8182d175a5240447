// The demo personas offered as one-click sign-in when DEMO_MODE=1 (seeded by prisma/seed), in the
// order the sign-in page offers them. Each one starts a workflow: the key names the sign-in page's
// hint of what to try as them (messages: signIn.try.<key>).
export const DEMO_PERSONAS = [
  { key: "amina", email: "amina.client@example.org" },
  { key: "keiko", email: "keiko.yamamoto@example.org" },
  { key: "joseph", email: "joseph.kamau@example.org" },
  { key: "carlos", email: "carlos.coach@example.org" },
  { key: "priya", email: "pending.coach@example.org" },
  { key: "maria", email: "maria.mentor@example.org" },
  { key: "mehdi", email: "mehdi.mentee@example.org" },
  { key: "ines", email: "ines.mentee@example.org" },
  { key: "hana", email: "hana.hr@example.org" },
  { key: "ade", email: "ade.admin@example.org" },
  { key: "sam", email: "sam.manager@example.org" },
] as const;

export type DemoPersonaKey = (typeof DEMO_PERSONAS)[number]["key"];

export const DEMO_PERSONA_EMAILS = DEMO_PERSONAS.map((p) => p.email);

export function isDemoPersona(email: string): boolean {
  return DEMO_PERSONA_EMAILS.some((persona) => persona === email);
}

/** A persona's place in the list above (the order the sign-in page offers them); -1 for anyone else. */
export function demoPersonaRank(email: string): number {
  return DEMO_PERSONA_EMAILS.findIndex((persona) => persona === email);
}

/** The key of the persona with this e-mail, if it is one. */
export function demoPersonaKey(email: string): DemoPersonaKey | undefined {
  return DEMO_PERSONAS.find((p) => p.email === email)?.key;
}
