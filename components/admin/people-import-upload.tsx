"use client";
import { useTranslations } from "next-intl";
import { useActionState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fileControl } from "@/components/ui/styles";
import { previewPeopleImportAction } from "@/lib/actions/people-import";
import type { ActionResult } from "@/lib/actions/run-action";
import { MAX_IMPORT_BYTES } from "@/lib/domain/people-import";

/** The HR file's upload: checked by the server, which then shows its preview (a new page). */
export function PeopleImportUpload() {
  const t = useTranslations("peopleImport");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const file = form.get("file");
    // Refused here before its bytes travel (the server checks again).
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) return { ok: false, error: t("refusals.fileTooLarge") };
    try {
      return await previewPeopleImportAction(previous, form);
    } catch (error) {
      // The redirect to the preview is thrown by the action: let it through.
      if (error && typeof error === "object" && "digest" in error) throw error;
      return { ok: false, error: te("generic") };
    }
  }, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file");
    if (input instanceof HTMLInputElement && !input.files?.length) event.preventDefault();
  };
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-3">
      <Field id="people-import-file" label={t("fileLabel")} hint={t("fileHelp")}>
        {(aria) => (
          <input
            {...aria}
            name="file"
            type="file"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={fileControl}
          />
        )}
      </Field>
      <Button type="submit" pending={pending} pendingLabel={t("uploading")}>
        {t("upload")}
      </Button>
      <div aria-live="polite">{state && !state.ok && <Alert tone="error">{state.error}</Alert>}</div>
    </form>
  );
}
