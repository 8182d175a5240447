import "server-only";
import type { getTranslations } from "next-intl/server";
import { COLUMN_HEADERS, type ImportRowError } from "../../domain/people-import";

type Translate = Awaited<ReturnType<typeof getTranslations<"peopleImport">>>;

/** An import error's reason in the reader's language (the preview's table and the CSV report). */
export function reasonText(t: Translate, error: ImportRowError): string {
  return t(`reasons.${error.reason}` as "reasons.duplicateEmail", { other: error.otherRow ?? "" });
}

/** The error's column as a file names it, in the reader's language. */
export function columnText(error: ImportRowError, locale: string): string {
  return error.column ? COLUMN_HEADERS[error.column][locale === "fr" ? "fr" : "en"] : "";
}
