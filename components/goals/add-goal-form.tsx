"use client";
// The client's or mentee's new goal: private unless they tick "share it now". A refusal shows beside
// the text, and what was typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { addGoalAction } from "@/lib/actions/goals";
import { MAX_GOAL_TEXT } from "@/lib/domain/action-plan";
import { addGoalSchema, type AddGoalInput } from "@/lib/validation/goals";

export function AddGoalForm({ engagementId, otherName }: { engagementId: string; otherName: string }) {
  const t = useTranslations("actionPlan.goals");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddGoalInput>({
    resolver: zodResolver(addGoalSchema),
    defaultValues: { engagementId, text: "", shared: false },
  });
  const { refusal, send } = useFormAction(setError, ["text"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => addGoalAction(values),
      () => {
        reset({ engagementId, text: "", shared: false });
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-testid="add-goal">
      <input type="hidden" {...register("engagementId")} />
      <TextAreaField
        id="new-goal"
        label={t("newText")}
        hint={t("textHint", { max: MAX_GOAL_TEXT })}
        rows={2}
        maxLength={MAX_GOAL_TEXT}
        error={errors.text}
        {...register("text")}
      />
      <label className="flex w-fit cursor-pointer items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" className="h-4 w-4 accent-brand-600" {...register("shared")} />
        {t("shareNow", { name: otherName })}
      </label>
      <Alert tone="error">{refusal}</Alert>
      <Button type="submit" size="sm" pending={isSubmitting} pendingLabel={t("adding")}>
        {t("add")}
      </Button>
    </form>
  );
}
