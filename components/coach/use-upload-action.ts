"use client";
import { useTranslations } from "next-intl";
import { useActionState, useCallback, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { ErrorKey } from "@/lib/i18n/keys";

/**
 * An upload form's action state. A file over the limit is refused here, before its bytes travel
 * (the server checks again); a request the server cannot take becomes a translated message.
 */
export function useUploadAction(
  action: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>,
  { maxBytes, tooLarge }: { maxBytes: number; tooLarge: ErrorKey },
) {
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(async (previous, form) => {
    const file = form.get("file");
    if (file instanceof File && file.size > maxBytes) return { ok: false, error: te(tooLarge) };
    try {
      return await action(previous, form);
    } catch {
      return {
        ok: false,
        error: file instanceof File && file.size > maxBytes * 0.9 ? te(tooLarge) : te("generic"),
      };
    }
  }, null);
  const onSubmit = useCallback((event: FormEvent<HTMLFormElement>) => {
    // A button marked formNoValidate (e.g. "Remove photo") submits without a file.
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.formNoValidate) return;
    const input = event.currentTarget.elements.namedItem("file");
    if (input instanceof HTMLInputElement && !input.files?.length) event.preventDefault();
  }, []);
  return { state, formAction, pending, onSubmit };
}
