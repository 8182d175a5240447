"use client";
// "Does this pairing fit?" after the introduction: yes or no, and a comment only its author reads.
// A no ends the pairing, so it is confirmed first. A refusal keeps everything chosen and typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { answerFitCheckAction } from "@/lib/actions/answer-fit-check";
import { MAX_FIT_COMMENT } from "@/lib/domain/fit-check";
import { fitCheckSchema, type FitCheckFormInput, type FitCheckInput } from "@/lib/validation/fit-check";

const FIELDS = ["fits", "comment"] as const;

export function FitCheckForm({
  engagementId,
  otherName,
  role,
}: {
  engagementId: string;
  otherName: string;
  role: "coach" | "client";
}) {
  const t = useTranslations("fitCheck");
  const router = useRouter();
  const id = useId();
  const [confirming, setConfirming] = useState<FitCheckInput | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FitCheckFormInput, unknown, FitCheckInput>({
    resolver: zodResolver(fitCheckSchema),
    defaultValues: { engagementId, fits: undefined, comment: "" },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const [pending, setPending] = useState(false);

  const submit = async (values: FitCheckInput) => {
    setPending(true);
    // The action parses the form's own input ("yes" / "no"), not the parsed values.
    await send(
      () => answerFitCheckAction({ ...values, fits: values.fits ? "yes" : "no" }),
      () => router.refresh(),
    );
    setConfirming(null);
    setPending(false);
  };
  const onSubmit = handleSubmit((values) => (values.fits ? submit(values) : setConfirming(values)));

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("title")}
      className="mt-4 space-y-4"
      data-testid="fit-check-form"
    >
      <Alert tone="error">{refusal}</Alert>
      <ChoiceList
        type="radio"
        legend={t("answerLegend")}
        name="fits"
        options={[
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ]}
        register={register}
        error={errors.fits}
        columns={1}
        idPrefix={`${id}-`}
      />
      <TextAreaField
        id={`${id}-comment`}
        label={t("comment")}
        hint={t("commentHint", { name: otherName })}
        rows={2}
        maxLength={MAX_FIT_COMMENT}
        error={errors.comment}
        {...register("comment")}
      />
      <Button type="submit" pending={isSubmitting || pending}>
        {t("submit")}
      </Button>
      <ConfirmDialog
        open={confirming !== null}
        onCancel={() => setConfirming(null)}
        title={t("confirmTitle")}
        confirmLabel={t("confirmNo")}
        cancelLabel={t("cancel")}
        pending={pending}
        onConfirm={() => confirming && submit(confirming)}
      >
        {role === "client" ? t("confirmClient", { name: otherName }) : t("confirmCoach", { name: otherName })}
      </ConfirmDialog>
    </form>
  );
}
