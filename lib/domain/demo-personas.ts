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
  return (DEMO_PERSONA_EMAILS as readonly string[]).includes(email);
}
