"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionResultMessage, Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fileControl } from "@/components/ui/styles";
import { deleteCredentialDocumentAction } from "@/lib/actions/delete-credential-document";
import type { ActionResult } from "@/lib/actions/run-action";
import { uploadCredentialDocumentAction } from "@/lib/actions/upload-credential-document";
import { MAX_CREDENTIAL_BYTES } from "@/lib/domain/credential-file";
import { useUploadAction } from "./use-upload-action";

export type DocumentItem = { id: string; fileName: string; contentType: string; size: number; uploadedAt: Date };

function useSize() {
  const format = useFormatter();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / (1024 * 1024), { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
}

function kindLabel(contentType: string) {
  return contentType === "application/pdf" ? "PDF" : contentType === "image/png" ? "PNG" : "JPEG";
}

function DocumentRow({ doc, editable }: { doc: DocumentItem; editable: boolean }) {
  const t = useTranslations("coachProfile.credentials");
  const format = useFormatter();
  const size = useSize();
  const [state, remove, removing] = useActionState<ActionResult | null, FormData>(deleteCredentialDocumentAction, null);
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 py-3" data-testid="credential-document">
      <span aria-hidden className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-600">
        {kindLabel(doc.contentType)}
      </span>
      <div className="min-w-0 flex-1">
        <a
          href={`/api/files/credentials/${doc.id}`}
          target="_blank"
          rel="noopener"
          aria-label={t("openLabel", { name: doc.fileName })}
          className="break-all font-medium text-brand-700 underline hover:text-brand-900"
        >
          {doc.fileName}
        </a>
        <p className="text-xs text-slate-500">
          {size(doc.size)} · {t("uploadedOn", { date: format.dateTime(doc.uploadedAt, { dateStyle: "medium" }) })}
        </p>
        {state && !state.ok && (
          <Alert tone="error" plain className="mt-1">
            {state.error}
          </Alert>
        )}
      </div>
      {editable && (
        <form action={remove}>
          <input type="hidden" name="documentId" value={doc.id} />
          <Button
            type="submit"
            variant="secondary"
            tone="danger"
            size="sm"
            disabled={removing}
            aria-label={t("deleteLabel", { name: doc.fileName })}
          >
            {t("delete")}
          </Button>
        </form>
      )}
    </li>
  );
}

/** The coach's credential documents: each opens inline; while editable, add (one form per file) or delete. */
export function CredentialDocuments({ documents, editable }: { documents: DocumentItem[]; editable: boolean }) {
  const t = useTranslations("coachProfile.credentials");
  const { state, formAction, pending, onSubmit } = useUploadAction(uploadCredentialDocumentAction, {
    maxBytes: MAX_CREDENTIAL_BYTES,
    tooLarge: "fileTooLarge",
  });
  return (
    <div>
      <h3 className="text-base font-semibold text-slate-900">{t("documentsTitle")}</h3>
      {documents.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">{t("noDocuments")}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100">
          {documents.map((d) => (
            <DocumentRow key={d.id} doc={d} editable={editable} />
          ))}
        </ul>
      )}
      {editable && (
        <form
          action={formAction}
          onSubmit={onSubmit}
          className="mt-4 rounded-md border border-dashed border-slate-300 p-4"
        >
          <Field id="credential-file" label={t("file")} hint={t("documentsHelp")}>
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
      )}
    </div>
  );
}
