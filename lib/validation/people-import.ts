import { z } from "zod";
import { recordId } from "./record-id";

/** An uploaded HR file, as a form sends it (checked further by the verb: size, kind, rows). */
const hrFile = z.custom<Blob & { name: string }>(
  (v) => typeof Blob !== "undefined" && v instanceof Blob && typeof (v as { name?: unknown }).name === "string",
  "fileRequired",
);

export const previewPeopleImportSchema = z.object({ file: hrFile });
export type PreviewPeopleImportInput = z.infer<typeof previewPeopleImportSchema>;

export const confirmPeopleImportSchema = z.object({
  importId: recordId,
  /** The "full list" box: people missing from the file leave. */
  fullList: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  /** In full-list mode, the number of people leaving that the admin confirmed. */
  deactivations: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? null : Number(v)),
    z.number().int().min(0).nullable(),
  ),
});
export type ConfirmPeopleImportInput = z.infer<typeof confirmPeopleImportSchema>;
