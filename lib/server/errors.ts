import type { ErrorKey } from "../i18n/keys";
import { catalogues } from "../i18n/messages";

/** An expected refusal: its code is a key of the "errors" catalogue, shown to the person. */
export class DomainError extends Error {
  constructor(readonly code: ErrorKey) {
    super(code);
  }
}

/** Whether a string (a schema's message: the zod schemas give "errors" keys) is a key of the "errors" catalogue. */
export function isErrorKey(key: string): key is ErrorKey {
  return Object.hasOwn(catalogues.en.errors, key);
}
