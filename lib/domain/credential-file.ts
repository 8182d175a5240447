// What a credential document may be: PDF, PNG or JPEG, recognised by its content's first bytes
// (its "magic number"), not by its name or the type the browser declares; at most 10 MB.
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

/** A safe name to show and to offer on download: no path, no control characters, bounded. */
export function cleanFileName(name: string, kind: FileKind): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 120);
  const ext = kind === "jpeg" ? "jpg" : kind;
  if (!base) return `document.${ext}`;
  return /\.[a-z0-9]{2,4}$/i.test(base) ? base : `${base}.${ext}`;
}
