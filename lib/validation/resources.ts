// The resource library's admin form (publish and edit) and its small forms. Each schema is used by
// its form (zodResolver) and its server action (safeParse); messages are keys of the "errors" catalogue.
import { z } from "zod";
import {
  isResourceUrl,
  parseTags,
  RESOURCE_DESCRIPTION_MAX,
  RESOURCE_KINDS,
  RESOURCE_LANGUAGES,
  RESOURCE_TITLE_MAX,
  RESOURCE_URL_MAX,
  tagsValid,
} from "../domain/resources";
import { uploadFileSchema } from "./coach-profile";
import { recordId } from "./record-id";

const title = z.string().trim().max(RESOURCE_TITLE_MAX, "textTooLong");
const description = z.string().trim().max(RESOURCE_DESCRIPTION_MAX, "textTooLong");

export const resourceSchema = z
  .object({
    /** The programme, or "" for every programme. */
    programmeId: z.union([z.literal(""), recordId], "resourceProgrammeUnknown"),
    titleEn: title,
    titleFr: title,
    descriptionEn: description,
    descriptionFr: description,
    languages: z
      .array(z.enum(RESOURCE_LANGUAGES), "resourceLanguageRequired")
      .min(1, "resourceLanguageRequired")
      .max(RESOURCE_LANGUAGES.length, "resourceLanguageRequired"),
    /** Comma-separated, as typed. */
    tags: z.string().max(500, "textTooLong"),
    kind: z.enum(RESOURCE_KINDS, "resourceKindRequired"),
    /** An https link, or "" (a file, or a draft to complete later). */
    url: z
      .string()
      .trim()
      .max(RESOURCE_URL_MAX, "resourceLinkInvalid")
      .refine((v) => v === "" || isResourceUrl(v), "resourceLinkInvalid"),
    stepKeys: z.array(z.string().max(80), "resourceStepInvalid").max(40, "resourceStepInvalid"),
  })
  .superRefine((v, ctx) => {
    if (!v.titleEn && !v.titleFr) {
      ctx.addIssue({ code: "custom", path: ["titleEn"], message: "resourceTitleRequired" });
    }
    if (!tagsValid(parseTags(v.tags))) ctx.addIssue({ code: "custom", path: ["tags"], message: "resourceTagsInvalid" });
  });
export type ResourceInput = z.input<typeof resourceSchema>;
export type ResourceValues = z.output<typeof resourceSchema>;

export const saveResourceSchema = z.object({ resourceId: recordId.optional(), values: resourceSchema });
export type SaveResourceInput = z.output<typeof saveResourceSchema>;

export const resourceIdSchema = z.object({ resourceId: recordId });

export const setResourcePublishedSchema = z.object({ resourceId: recordId, published: z.boolean() });

export const uploadResourceFileSchema = uploadFileSchema.extend({ resourceId: recordId });
export type UploadResourceFileInput = z.output<typeof uploadResourceFileSchema>;
