"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { control, fileControl } from "@/components/ui/styles";
import { logDevelopmentActivityAction } from "@/lib/actions/log-development-activity";
import type { ActionResult } from "@/lib/actions/run-action";
import { MAX_CREDENTIAL_BYTES } from "@/lib/domain/credential-file";
import { MAX_DEVELOPMENT_TITLE } from "@/lib/validation/credential-renewal";
import { serverFieldError } from "./renewal-form";
import { useUploadAction } from "./use-upload-action";

/** Logs one continuing development activity: day, hours, title, optional certificate. */
export function DevelopmentForm() {
  const t = useTranslations("credentialRenewal");
  const [values, setValues] = useState({ date: "", hours: "", title: "" });
  const { state, formAction, pending } = useUploadAction(
    async (previous: ActionResult | null, form: FormData) => {
      const result = await logDevelopmentActivityAction(previous, form);
      if (result.ok) setValues({ date: "", hours: "", title: "" });
      return result;
    },
    { maxBytes: MAX_CREDENTIAL_BYTES, tooLarge: "fileTooLarge" },
  );
  const set = (name: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [name]: e.target.value }));
  const formResult = state && !state.ok && "fieldErrors" in state ? null : state;
  return (
    <form action={formAction} className="space-y-4 rounded-md border border-dashed border-slate-300 p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="development-activity-date" label={t("activityDate")} error={serverFieldError(state, "date")}>
          {(aria) => (
            <input
              {...aria}
              name="date"
              type="date"
              required
              value={values.date}
              onChange={set("date")}
              className={control.normal}
            />
          )}
        </Field>
        <Field
          id="development-activity-hours"
          label={t("activityHours")}
          hint={t("activityHoursHint")}
          error={serverFieldError(state, "hours")}
        >
          {(aria) => (
            <input
              {...aria}
              name="hours"
              type="number"
              inputMode="decimal"
              min="0.25"
              max="200"
              step="0.25"
              required
              value={values.hours}
              onChange={set("hours")}
              className={control.normal}
            />
          )}
        </Field>
        <Field
          id="development-activity-title"
          label={t("activityTitle")}
          hint={t("activityTitleHint")}
          error={serverFieldError(state, "title")}
          className="sm:col-span-2"
        >
          {(aria) => (
            <input
              {...aria}
              name="title"
              type="text"
              required
              maxLength={MAX_DEVELOPMENT_TITLE}
              value={values.title}
              onChange={set("title")}
              className={control.normal}
            />
          )}
        </Field>
      </div>
      <Field id="development-activity-file" label={t("certificate")} error={serverFieldError(state, "file")}>
        {(aria) => (
          <input
            {...aria}
            name="file"
            type="file"
            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
            className={fileControl}
          />
        )}
      </Field>
      <Button type="submit" pending={pending} pendingLabel={t("logging")}>
        {t("log")}
      </Button>
      <div aria-live="polite">
        <ActionResultMessage result={pending ? null : formResult} success={t("logged")} />
      </div>
    </form>
  );
}
