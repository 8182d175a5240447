"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { control, fileControl } from "@/components/ui/styles";
import type { ActionResult } from "@/lib/actions/run-action";
import { submitCredentialRenewalAction } from "@/lib/actions/submit-credential-renewal";
import { defaultExpiry, parseDay } from "@/lib/domain/credential-expiry";
import { MAX_CREDENTIAL_BYTES } from "@/lib/domain/credential-file";
import { useUploadAction } from "./use-upload-action";

/** A field's refusal from the server, already translated. */
export function serverFieldError(state: ActionResult | null, field: string) {
  if (!state || state.ok || !("fieldErrors" in state)) return undefined;
  const message = state.fieldErrors[field];
  return message ? { type: "server", message } : undefined;
}

/**
 * The renewal: the new document, its date and, optionally, its expiry (three years after the date
 * when left empty, shown as the hint). What was typed stays when the server refuses it.
 */
export function RenewalForm() {
  const t = useTranslations("credentialRenewal");
  const format = useFormatter();
  const [credentialDate, setCredentialDate] = useState("");
  const [expiresOn, setExpiresOn] = useState("");
  const { state, formAction, pending, onSubmit } = useUploadAction(
    async (previous: ActionResult | null, form: FormData) => {
      const result = await submitCredentialRenewalAction(previous, form);
      if (result.ok) {
        setCredentialDate("");
        setExpiresOn("");
      }
      return result;
    },
    { maxBytes: MAX_CREDENTIAL_BYTES, tooLarge: "fileTooLarge" },
  );
  const given = parseDay(credentialDate);
  const expiryHint = given
    ? t("expiresOnHint", { date: format.dateTime(defaultExpiry(given), { dateStyle: "long", timeZone: "UTC" }) })
    : t("expiresOnHintEmpty");
  // A refusal about one field is shown beside it; any other in the form's message.
  const formResult = state && !state.ok && "fieldErrors" in state ? null : state;
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      className="space-y-4 rounded-md border border-dashed border-slate-300 p-4"
      aria-labelledby="renewal-form-title"
    >
      <h3 id="renewal-form-title" className="text-base font-semibold text-slate-900">
        {t("renewalTitle")}
      </h3>
      <Field id="renewal-file" label={t("file")} error={serverFieldError(state, "file")}>
        {(aria) => (
          <input
            {...aria}
            name="file"
            type="file"
            required
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            className={fileControl}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="renewal-credential-date"
          label={t("credentialDate")}
          hint={t("credentialDateHint")}
          error={serverFieldError(state, "credentialDate")}
        >
          {(aria) => (
            <input
              {...aria}
              name="credentialDate"
              type="date"
              required
              value={credentialDate}
              onChange={(e) => setCredentialDate(e.target.value)}
              className={control.normal}
            />
          )}
        </Field>
        <Field
          id="renewal-expires-on"
          label={t("expiresOn")}
          hint={expiryHint}
          error={serverFieldError(state, "expiresOn")}
        >
          {(aria) => (
            <input
              {...aria}
              name="expiresOn"
              type="date"
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.target.value)}
              className={control.normal}
            />
          )}
        </Field>
      </div>
      <Button type="submit" pending={pending} pendingLabel={t("sending")}>
        {t("send")}
      </Button>
      <div aria-live="polite">
        <ActionResultMessage result={pending ? null : formResult} success={t("sent")} />
      </div>
    </form>
  );
}
