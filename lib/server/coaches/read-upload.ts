import "server-only";
import { checkUpload, type FileKind } from "../../domain/credential-file";
import type { ErrorKey } from "../../i18n/keys";
import type { UploadedFile } from "../../validation/coach-profile";
import { DomainError } from "../errors";

/**
 * Checks an uploaded file by its size and its content (first bytes), never by its name or the
 * type the browser declared, and gives its bytes as a stream for the file storage, without
 * reading the file whole. Refusals are DomainErrors with an "errors" catalogue key.
 */
export async function readCheckedUpload(
  file: UploadedFile,
  options: {
    maxBytes: number;
    kinds: readonly FileKind[];
    codes?: Partial<Record<"fileTooLarge" | "fileType", ErrorKey>>;
  },
): Promise<{ body: () => ReadableStream<Uint8Array>; size: number; kind: FileKind; contentType: string }> {
  const refuse = (code: "fileEmpty" | "fileTooLarge" | "fileType") =>
    new DomainError(code === "fileEmpty" ? code : (options.codes?.[code] ?? code));
  if (!file || (file.size === 0 && !file.name)) throw new DomainError("fileRequired");
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const check = checkUpload({ size: file.size, head }, { maxBytes: options.maxBytes, kinds: options.kinds });
  if (!check.ok) throw refuse(check.error);
  // The storage checks that the stream carries exactly `size` bytes.
  return { body: () => file.stream(), size: file.size, kind: check.kind, contentType: check.contentType };
}
