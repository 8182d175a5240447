import type { Messages } from "../../i18n/messages";

/** A refusal of the erasure verb: its code is a key of the "privacy.refusals" catalogue. */
export type PrivacyRefusalCode = keyof Messages["privacy"]["refusals"];

export class PrivacyRefusal extends Error {
  constructor(
    readonly code: PrivacyRefusalCode,
    /** The date the person may be erased from, for "retentionNotReached". */
    readonly erasableFrom?: Date,
  ) {
    super(code);
  }
}
