"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { removeCoachPhotoAction } from "@/lib/actions/remove-coach-photo";
import type { ActionResult } from "@/lib/actions/run-action";
import { uploadCoachPhotoAction } from "@/lib/actions/upload-coach-photo";
import { MAX_PHOTO_BYTES } from "@/lib/domain/credential-file";
import { ActionMessage, secondaryButton } from "./form-parts";
import { useUploadAction } from "./use-upload-action";

/** The optional profile photo: shown, replaced or removed on its own (it is a file, not a field). */
export function PhotoForm({
  userId,
  name,
  photoVersion,
}: {
  userId: string;
  name: string;
  photoVersion: string | null;
}) {
  const t = useTranslations("coachProfile.about");
  const { state, formAction, pending, onSubmit } = useUploadAction(uploadCoachPhotoAction, {
    maxBytes: MAX_PHOTO_BYTES,
    tooLarge: "photoTooLarge",
  });
  const [removeState, remove, removing] = useActionState<ActionResult | null, FormData>(
    async () => removeCoachPhotoAction(),
    null,
  );
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join("");
  const last = removing || pending ? null : (removeState ?? state);
  return (
    <div className="flex flex-wrap items-start gap-5">
      {photoVersion ? (
        // eslint-disable-next-line @next/next/no-img-element -- a private, uncached file; next/image would cache it
        <img
          src={`/api/files/photos/${userId}?v=${photoVersion}`}
          alt={t("photoAlt", { name })}
          className="h-24 w-24 rounded-full object-cover ring-1 ring-slate-200"
        />
      ) : (
        <div
          aria-hidden
          className="flex h-24 w-24 items-center justify-center rounded-full bg-brand-100 text-2xl font-semibold text-brand-700"
        >
          {initials || "?"}
        </div>
      )}
      <div className="min-w-0 flex-1 space-y-2">
        <form action={formAction} onSubmit={onSubmit} className="space-y-2">
          <label htmlFor="photo-file" className="block text-sm font-medium text-slate-800">
            {t("photo")} <span className="font-normal text-slate-500">{!photoVersion && `· ${t("noPhoto")}`}</span>
          </label>
          <input
            id="photo-file"
            name="file"
            type="file"
            accept="image/png,image/jpeg"
            required
            aria-describedby="photo-help"
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1.5 file:font-medium file:text-brand-700 hover:file:bg-brand-100"
          />
          <p id="photo-help" className="text-xs text-slate-500">
            {t("photoHelp")}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending || removing} className={secondaryButton}>
              {pending ? t("photoUploading") : t("photoUpload")}
            </button>
            {photoVersion && (
              <button
                type="submit"
                formAction={remove}
                formNoValidate
                disabled={removing || pending}
                className={secondaryButton}
              >
                {t("photoRemove")}
              </button>
            )}
          </div>
        </form>
        <div aria-live="polite">
          <ActionMessage result={last} success={t("photoSaved")} />
        </div>
      </div>
    </div>
  );
}
