import "server-only";
import { checkUpload, type FileKind } from "../../domain/credential-file";
import type { ErrorKey } from "../../i18n/keys";
import type { UploadedFile } from "../../validation/coach-profile";
import { DomainError } from "../errors";

/**
 * Reads an uploaded file and checks it by its content (first bytes), never by its name or the
 * type the browser declared. Refusals are DomainErrors with an "errors" catalogue key.
 */
export async function readCheckedUpload(
  file: UploadedFile,
  options: {
    maxBytes: number;
    kinds: readonly FileKind[];
    codes?: Partial<Record<"fileTooLarge" | "fileType", ErrorKey>>;
  },
): Promise<{ bytes: Uint8Array; kind: FileKind; contentType: string }> {
  const refuse = (code: "fileEmpty" | "fileTooLarge" | "fileType") =>
    new DomainError(code === "fileEmpty" ? code : (options.codes?.[code] ?? code));
  if (!file || (file.size === 0 && !file.name)) throw new DomainError("fileRequired");
  // Checked first on the declared size and the first bytes, before reading a large file whole.
  const limits = { maxBytes: options.maxBytes, kinds: options.kinds };
  const first = checkUpload({ size: file.size, head: new Uint8Array(await file.slice(0, 16).arrayBuffer()) }, limits);
  if (!first.ok) throw refuse(first.error);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkUpload({ size: bytes.byteLength, head: bytes.subarray(0, 16) }, limits);
  if (!check.ok) throw refuse(check.error);
  return { bytes, kind: check.kind, contentType: check.contentType };
}
