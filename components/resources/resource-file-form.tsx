"use client";
import { useTranslations } from "next-intl";
import { useUploadAction } from "@/components/coach/use-upload-action";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fileControl } from "@/components/ui/styles";
import { uploadResourceFileAction } from "@/lib/actions/upload-resource-file";
import { MAX_RESOURCE_FILE_BYTES } from "@/lib/domain/resources";

/** Uploads a resource's file (PDF, PNG or JPEG, at most 10 MB); it replaces the link or the earlier file. */
export function ResourceFileForm({ resourceId }: { resourceId: string }) {
  const t = useTranslations("resources.admin");
  const { state, formAction, pending, onSubmit } = useUploadAction(uploadResourceFileAction, {
    maxBytes: MAX_RESOURCE_FILE_BYTES,
    tooLarge: "fileTooLarge",
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="rounded-md border border-dashed border-slate-300 p-4">
      <input type="hidden" name="resourceId" value={resourceId} />
      <Field id="resource-file" label={t("fileLabel")} hint={t("fileLead")}>
        {(aria) => (
          <div className="flex flex-wrap items-center gap-3">
            <input
              {...aria}
              name="file"
              type="file"
              required
              accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              className={`${fileControl} flex-1`}
            />
            <Button type="submit" pending={pending} pendingLabel={t("uploading")}>
              {t("upload")}
            </Button>
          </div>
        )}
      </Field>
      <div aria-live="polite" className="mt-2">
        <ActionResultMessage result={pending ? null : state} success={t("uploaded")} />
      </div>
    </form>
  );
}
