import type { ErrorKey } from "../../i18n/keys";
import { DomainError } from "../errors";

/** A refusal about one field of the request form (choice1…choice3, message): shown beside it. */
export class FieldDomainError extends DomainError {
  constructor(
    code: ErrorKey,
    readonly field: string,
  ) {
    super(code);
  }
}
