"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldGroup, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { createCohortAction } from "@/lib/actions/create-cohort";
import { updateCohortAction } from "@/lib/actions/update-cohort";
import { cohortStatusChoices, SEATS_MAX, SEATS_MIN } from "@/lib/domain/programme-settings";
import { cohortSchema, type CohortInput } from "@/lib/validation/programmes";
import { FixedValue } from "./fixed-value";

const FIELDS = [
  "slug",
  "nameEn",
  "nameFr",
  "startsOn",
  "endsOn",
  "enrolmentOpensOn",
  "enrolmentClosesOn",
  "seats",
  "status",
] as const satisfies readonly (keyof CohortInput)[];
const DATES = ["startsOn", "endsOn", "enrolmentOpensOn", "enrolmentClosesOn"] as const;

/**
 * A cohort's names, dates, enrolment window, seats and status. `programmeId` to create one,
 * `cohortId` to edit one. A refusal keeps everything typed and shows the message by its field.
 */
export function CohortForm({
  programmeId,
  cohortId,
  currentStatus,
  values,
}: {
  programmeId?: string;
  cohortId?: string;
  currentStatus?: CohortInput["status"];
  values: CohortInput;
}) {
  const t = useTranslations("adminProgrammes.cohortForm");
  const ts = useTranslations("cohortStatus");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CohortInput>({ resolver: zodResolver(cohortSchema), defaultValues: values });
  const { refusal, send } = useFormAction(setError, FIELDS);

  const onSubmit = handleSubmit((v) =>
    send(
      () => (cohortId ? updateCohortAction({ cohortId, values: v }) : createCohortAction({ programmeId, values: v })),
      (result) => {
        const id = cohortId ?? ("id" in result ? result.id : undefined);
        router.push(`/admin/programmes?saved=${cohortId ? "cohort" : "cohortCreated"}${id ? `#cohort-${id}` : ""}`);
        router.refresh();
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={cohortId ? t("editTitle") : t("newTitle")}>
      <Alert tone="error">{refusal}</Alert>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="cohort-nameEn"
          label={t("nameEn")}
          hint={t("nameHelp")}
          lang="en"
          error={errors.nameEn}
          {...register("nameEn")}
        />
        <TextField id="cohort-nameFr" label={t("nameFr")} lang="fr" error={errors.nameFr} {...register("nameFr")} />
        {cohortId ? (
          <FixedValue label={t("slug")} value={values.slug} />
        ) : (
          <TextField
            id="cohort-slug"
            label={t("slug")}
            hint={t("slugHelp")}
            autoComplete="off"
            error={errors.slug}
            {...register("slug")}
          />
        )}
        <SelectField
          id="cohort-status"
          label={t("status")}
          hint={t("statusHelp")}
          options={cohortStatusChoices(currentStatus ?? null).map((s) => ({ value: s, label: ts(s) }))}
          error={errors.status}
          {...register("status")}
        />
      </div>
      <FieldGroup id="cohort-dates" legend={t("dates")} legendClassName="mb-2 text-lg font-semibold">
        <div className="grid gap-5 sm:grid-cols-2">
          {DATES.map((name) => (
            <TextField
              key={name}
              id={`cohort-${name}`}
              label={t(name)}
              hint={name === "enrolmentClosesOn" ? t("enrolmentHelp") : undefined}
              type="date"
              error={errors[name]}
              {...register(name)}
            />
          ))}
        </div>
      </FieldGroup>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="cohort-seats"
          label={t("seats")}
          hint={t("seatsHelp")}
          type="number"
          inputMode="numeric"
          min={SEATS_MIN}
          max={SEATS_MAX}
          error={errors.seats}
          {...register("seats", { valueAsNumber: true })}
        />
      </div>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {cohortId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
