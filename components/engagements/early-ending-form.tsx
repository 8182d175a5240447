"use client";
// A coach or mentor stopping before the planned sessions are held (lib/domain/early-ending.ts):
// first the duty in plain words, then real reasons, another coach (mentor) to propose and/or another
// suggestion, and a last warning. The schema is the action's; refusals land beside their fields.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { dangerPanel } from "@/components/ui/styles";
import { useFormAction } from "@/components/use-form-action";
import { endEngagementEarlyAction } from "@/lib/actions/end-engagement";
import { MAX_END_ALTERNATIVE } from "@/lib/domain/early-ending";
import { MAX_REASON } from "@/lib/domain/match-request";
import {
  endEngagementEarlySchema,
  type EndEngagementEarlyFormValues,
  type EndEngagementEarlyInput,
} from "@/lib/validation/requests";

export function EarlyEndingForm({
  engagementId,
  otherName,
  kind,
  replacements,
}: {
  engagementId: string;
  otherName: string;
  kind: "coach" | "mentor";
  replacements: { profileId: string; name: string }[];
}) {
  const t = useTranslations("engagements");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EndEngagementEarlyFormValues, unknown, EndEngagementEarlyInput>({
    resolver: zodResolver(endEngagementEarlySchema),
    defaultValues: { engagementId, reason: "", proposedProfileId: "", alternative: "" },
  });
  const { refusal, send } = useFormAction<EndEngagementEarlyFormValues>(setError, [
    "reason",
    "proposedProfileId",
    "alternative",
  ]);
  if (!open) {
    return (
      <Button variant="quiet" tone="danger" onClick={() => setOpen(true)}>
        {t("active.end")}
      </Button>
    );
  }
  const onSubmit = handleSubmit((values) =>
    send(
      () => endEngagementEarlyAction(values),
      () => router.refresh(),
    ),
  );
  return (
    <form
      noValidate
      className={`mt-3 space-y-3 ${dangerPanel}`}
      aria-labelledby={`${id}-duty`}
      onSubmit={onSubmit}
      data-testid="early-ending-form"
    >
      <div role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <h3 id={`${id}-duty`} className="font-semibold">
          {t("active.early.dutyTitle")}
        </h3>
        <p className="mt-1">
          {t(kind === "mentor" ? "active.early.mentorDuty" : "active.early.coachDuty", { name: otherName })}
        </p>
      </div>
      <TextAreaField
        id={`${id}-reason`}
        label={t("active.early.reasons", { name: otherName })}
        hint={t("active.early.reasonsHint")}
        rows={3}
        required
        maxLength={MAX_REASON}
        error={errors.reason}
        {...register("reason")}
      />
      {replacements.length > 0 ? (
        <SelectField
          id={`${id}-proposed`}
          label={t(kind === "mentor" ? "active.early.mentorProposed" : "active.early.coachProposed")}
          hint={t("active.early.proposedHint")}
          optionalText={t("active.early.optional")}
          placeholder={t("active.early.nobody")}
          options={replacements.map((r) => ({ value: r.profileId, label: r.name }))}
          error={errors.proposedProfileId}
          {...register("proposedProfileId")}
        />
      ) : (
        <p className="text-sm text-slate-700">{t("active.early.noneFree")}</p>
      )}
      <TextAreaField
        id={`${id}-alternative`}
        label={t("active.early.alternative")}
        hint={t("active.early.alternativeHint")}
        optionalText={t("active.early.optional")}
        rows={2}
        maxLength={MAX_END_ALTERNATIVE}
        error={errors.alternative}
        {...register("alternative")}
      />
      <p className="text-sm text-slate-700">{t("active.early.warn", { name: otherName })}</p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={isSubmitting}>
          {t("active.early.confirm", { name: otherName })}
        </Button>
        <Button variant="secondary" disabled={isSubmitting} onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
      <Alert tone="error">{refusal}</Alert>
    </form>
  );
}
