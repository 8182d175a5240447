"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fileControl, optional } from "@/components/ui/styles";
import { removeCoachPhotoAction } from "@/lib/actions/remove-coach-photo";
import type { ActionResult } from "@/lib/actions/run-action";
import { uploadCoachPhotoAction } from "@/lib/actions/upload-coach-photo";
import { MAX_PHOTO_BYTES } from "@/lib/domain/credential-file";
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
          <Field
            id="photo-file"
            label={
              <>
                {t("photo")} <span className={optional}>{!photoVersion && `· ${t("noPhoto")}`}</span>
              </>
            }
            hint={t("photoHelp")}
          >
            {(aria) => (
              <input {...aria} name="file" type="file" accept="image/png,image/jpeg" required className={fileControl} />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button
              type="submit"
              variant="secondary"
              size="sm"
              disabled={removing}
              pending={pending}
              pendingLabel={t("photoUploading")}
            >
              {t("photoUpload")}
            </Button>
            {photoVersion && (
              <Button
                type="submit"
                variant="secondary"
                size="sm"
                formAction={remove}
                formNoValidate
                disabled={removing || pending}
              >
                {t("photoRemove")}
              </Button>
            )}
          </div>
        </form>
        <div aria-live="polite">
          <ActionResultMessage result={last} success={t("photoSaved")} />
        </div>
      </div>
    </div>
  );
}
