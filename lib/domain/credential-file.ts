// What a credential document may be: PDF, PNG or JPEG, recognised by its content's first bytes
// (its "magic number"), not by its name or the type the browser declares; at most 10 MB. And who
// may see a coach's photo.
import { canReadCredentials, type Role } from "./roles";

export const MAX_CREDENTIAL_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export type FileKind = "pdf" | "png" | "jpeg";
export const CONTENT_TYPES: Record<FileKind, string> = { pdf: "application/pdf", png: "image/png", jpeg: "image/jpeg" };

const SIGNATURES: [FileKind, number[]][] = [
  ["pdf", [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["jpeg", [0xff, 0xd8, 0xff]],
];

export function detectKind(head: Uint8Array): FileKind | null {
  const match = SIGNATURES.find(([, sig]) => sig.every((byte, i) => head[i] === byte));
  return match ? match[0] : null;
}

export type FileCheck =
  { ok: true; kind: FileKind; contentType: string } | { ok: false; error: "fileEmpty" | "fileTooLarge" | "fileType" };

export function checkUpload(
  file: { size: number; head: Uint8Array },
  options: { maxBytes?: number; kinds?: readonly FileKind[] } = {},
): FileCheck {
  const { maxBytes = MAX_CREDENTIAL_BYTES, kinds = ["pdf", "png", "jpeg"] } = options;
  if (file.size === 0) return { ok: false, error: "fileEmpty" };
  if (file.size > maxBytes) return { ok: false, error: "fileTooLarge" };
  const kind = detectKind(file.head);
  if (!kind || !kinds.includes(kind)) return { ok: false, error: "fileType" };
  return { ok: true, kind, contentType: CONTENT_TYPES[kind] };
}

/** The extensions a file of each kind may carry (the first is the one given when it has none of them). */
export const EXTENSIONS: Record<FileKind, readonly string[]> = { pdf: ["pdf"], png: ["png"], jpeg: ["jpg", "jpeg"] };

/** The kind a stored content type stands for (the type was set from the detected kind). */
export function kindOfContentType(contentType: string): FileKind | null {
  const entry = Object.entries(CONTENT_TYPES).find(([, type]) => type === contentType);
  return entry ? (entry[0] as FileKind) : null;
}

/**
 * Characters a file name never needs and that can mislead a reader: control characters (C0, DEL,
 * C1), the marks that reorder text (bidi controls, which can make "gpj.exe" read "exe.jpg") or hide
 * it (zero-width characters, the byte-order mark), and double quotes.
 */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"]/g;
const MAX_NAME = 120;

/**
 * A safe name to show and to offer on download: no path, no control or bidi characters, bounded,
 * and no extension but one that matches the content found (a PNG named "page.html" is stored as
 * "page.png", "scan.pdf.exe" holding a PDF as "scan.pdf").
 */
export function cleanFileName(name: string, kind: FileKind): string {
  const allowed = EXTENSIONS[kind];
  let base = (name.split(/[\\/]/).pop() ?? "").replace(UNSAFE_IN_NAME, "").normalize("NFC").trim();
  // The last extension stays when it matches the content; any other is replaced.
  const last = /\.([a-z0-9]{1,10})$/i.exec(base);
  if (last) base = base.slice(0, last.index);
  const before = /\.([a-z0-9]{1,10})$/i.exec(base);
  let extension = allowed[0];
  if (last && allowed.includes(last[1].toLowerCase())) extension = last[1].toLowerCase();
  else if (before && allowed.includes(before[1].toLowerCase())) {
    // "scan.pdf.exe" holding a PDF: "scan.pdf"
    extension = before[1].toLowerCase();
    base = base.slice(0, before.index);
  }
  const stem = base
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, MAX_NAME - extension.length - 1)
    .trim();
  return `${stem || "document"}.${extension}`;
}

/**
 * Who may see a coach's profile photo: whoever may see the profile. While it is listed in the
 * directory (isListed, and its owner not disabled), every signed-in person; otherwise its owner,
 * HR reviewers and programme admins (who read coaches' files), and the people the coach was paired
 * with (an engagement or a mission with them, past or present).
 */
export function maySeeCoachPhoto(
  viewer: { id: string; roles: readonly Role[] },
  coach: { userId: string; listed: boolean; pairedWithViewer: boolean },
): boolean {
  return coach.listed || coach.pairedWithViewer || canReadCredentials(viewer, coach.userId);
}
