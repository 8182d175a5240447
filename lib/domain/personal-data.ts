// Personal data rules (in the spirit of ST/SGB/2024/1, the UN Secretariat's data protection and
// privacy policy): how long a person's data is kept after they leave, and what an erased person
// looks like. Pure functions; the clock and the retention period are passed in.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a person stands with erasure. */
export type ErasureStatus =
  /** Still with the organisation: nothing to erase. */
  | "active"
  /** Left, but the retention period has not passed yet. */
  | "retained"
  /** Left more than the retention period ago: an admin may erase them. */
  | "due"
  /** Already erased. */
  | "erased";

/** The first moment a person who left at `leftAt` may be erased. */
export function erasableFrom(leftAt: Date, retentionDays: number): Date {
  return new Date(leftAt.getTime() + retentionDays * DAY_MS);
}

export function erasureStatus(
  person: { leftAt: Date | null; anonymisedAt: Date | null },
  retentionDays: number,
  now: Date,
): ErasureStatus {
  if (person.anonymisedAt) return "erased";
  if (!person.leftAt) return "active";
  return erasableFrom(person.leftAt, retentionDays).getTime() <= now.getTime() ? "due" : "retained";
}

/**
 * The e-mail address an erased person keeps: unique (the column is), recognisably not a real
 * address (the .invalid top-level domain is reserved, RFC 2606) and free of personal data.
 */
export function erasedEmail(userId: string): string {
  return `erased-${userId}@invalid`;
}

/** The archive's file name: the date only, no name or address (it travels in browser histories). */
export function exportFileName(now: Date): string {
  return `binome-my-data-${now.toISOString().slice(0, 10)}.zip`;
}

/**
 * A file's name inside the archive: a safe folder, the record's id (unique), then the original
 * name stripped of path separators and control characters.
 */
export function archiveEntryName(folder: "credentials" | "photo", id: string, fileName: string): string {
  const clean = fileName
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_")
    .replace(/^\.+/, "_")
    .slice(0, 120);
  return `files/${folder}/${id}-${clean || "file"}`;
}

/** Retention list paging: pages of this many people. */
export const RETENTION_PAGE_SIZE = 25;

/** The page number asked for in a URL (?page=), 1 when missing or not a positive whole number. */
export function pageNumber(raw: string | undefined): number {
  const n = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 ? n : 1;
}
