import type { ErrorKey } from "../i18n/keys";
import { catalogues } from "../i18n/messages";

/** An expected refusal: its code is a key of the "errors" catalogue, shown to the person. */
export class DomainError extends Error {
  constructor(readonly code: ErrorKey) {
    super(code);
  }
}

/** A refusal about one field of a form (choice1, message, startsAtLocal…): shown beside that field. */
export class FieldDomainError extends DomainError {
  constructor(
    code: ErrorKey,
    readonly field: string,
  ) {
    super(code);
  }
}

/** Whether a string (a schema's message: the zod schemas give "errors" keys) is a key of the "errors" catalogue. */
export function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(catalogues.en.errors, key);
}
