"use client";
// "Record an action agreed" on a session's card: either person, while the engagement is active and
// the session has started or taken place. A refusal shows beside its field; what was typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/use-form-action";
import { addActionAction } from "@/lib/actions/goals";
import { addActionSchema, type AddActionInput } from "@/lib/validation/goals";
import { ActionFields, type OwnerNames } from "./action-fields";

export function AddActionForm({
  sessionId,
  owners,
  defaultOwner,
  minDue,
  legend,
}: {
  sessionId: string;
  owners: OwnerNames;
  defaultOwner: "client" | "coach";
  minDue: string;
  legend: string;
}) {
  const t = useTranslations("actionPlan.action");
  const router = useRouter();
  const empty: AddActionInput = { sessionId, text: "", owner: defaultOwner, dueOn: "" };
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AddActionInput>({ resolver: zodResolver(addActionSchema), defaultValues: empty });
  const { refusal, send } = useFormAction(setError, ["text", "owner", "dueOn"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => addActionAction(values),
      () => {
        reset(empty);
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label={legend} className="space-y-2" data-testid="add-action">
      <input type="hidden" {...register("sessionId")} />
      <ActionFields
        idPrefix={`action-${sessionId}-new`}
        register={register}
        errors={errors}
        owners={owners}
        minDue={minDue}
      />
      <Alert tone="error">{refusal}</Alert>
      <Button type="submit" variant="secondary" size="sm" pending={isSubmitting} pendingLabel={t("adding")}>
        {t("add")}
      </Button>
    </form>
  );
}
