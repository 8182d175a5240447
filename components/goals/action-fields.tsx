"use client";
// The fields of an action agreed (what, who does it, by when), shared by the "record" and "edit" forms.
import { useTranslations } from "next-intl";
import type { FieldErrors, Path, UseFormRegister } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { MAX_ACTION_TEXT } from "@/lib/domain/action-plan";
import type { AddActionInput } from "@/lib/validation/goals";

export type OwnerNames = { client: string; coach: string };
type ActionFieldValues = Pick<AddActionInput, "text" | "owner" | "dueOn">;

export function ActionFields<T extends ActionFieldValues>({
  idPrefix,
  register,
  errors: allErrors,
  owners,
  minDue,
}: {
  idPrefix: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  owners: OwnerNames;
  /** The writer's today ("YYYY-MM-DD"): the date picker starts there. */
  minDue: string;
}) {
  const t = useTranslations("actionPlan.action");
  const field = (name: keyof ActionFieldValues) => register(name as Path<T>);
  const errors = allErrors as FieldErrors<ActionFieldValues>;
  return (
    <div className="grid gap-3 sm:grid-cols-[3fr_2fr_2fr]">
      <TextField
        id={`${idPrefix}-text`}
        label={t("text")}
        maxLength={MAX_ACTION_TEXT}
        error={errors.text}
        compact
        {...field("text")}
      />
      <SelectField
        id={`${idPrefix}-owner`}
        label={t("ownerLabel")}
        options={[
          { value: "client", label: owners.client },
          { value: "coach", label: owners.coach },
        ]}
        error={errors.owner}
        compact
        {...field("owner")}
      />
      <TextField
        id={`${idPrefix}-due`}
        type="date"
        label={t("dueOn")}
        optionalText={t("optional")}
        min={minDue}
        error={errors.dueOn}
        compact
        {...field("dueOn")}
      />
    </div>
  );
}
