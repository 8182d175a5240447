import type { ImportFileProblem } from "../../domain/people-import-file";

/** Why an HR file or its confirmation is refused: a key of the "peopleImport.refusals" messages. */
export type ImportRefusalCode =
  | ImportFileProblem
  | "fileRequired"
  | "fileEmpty"
  | "fileTooLarge"
  | "notPreviewed"
  | "hasErrors"
  | "confirmDeactivations";

/** An expected refusal of the import's verbs; the actions show it in the admin's language. */
export class ImportRefusal extends Error {
  constructor(readonly code: ImportRefusalCode) {
    super(code);
  }
}
