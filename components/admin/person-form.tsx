"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField, type SelectOption } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { updatePersonAction } from "@/lib/actions/people";
import { GENDERS } from "@/lib/domain/directory-filters";
import { APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import { personSchema, type PersonInput } from "@/lib/validation/person";

const FIELDS = [
  "name",
  "email",
  "staffIndexNumber",
  "entityId",
  "dutyStationId",
  "appointmentType",
  "supervisorEmail",
  "languages",
  "gender",
  "preferredLanguage",
] as const satisfies readonly (keyof PersonInput)[];

/** A person's attributes, as a programme admin edits them; a refusal keeps what was typed and shows beside its field. */
export function PersonForm({
  personId,
  values,
  entities,
  dutyStations,
}: {
  personId: string;
  values: PersonInput;
  entities: SelectOption[];
  dutyStations: SelectOption[];
}) {
  const t = useTranslations("people.person");
  const ta = useTranslations("adminProgrammes.form.appointment");
  const tg = useTranslations("coachProfile.about.genders");
  const tl = useTranslations("language");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PersonInput>({ resolver: zodResolver(personSchema), defaultValues: values });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((v) => {
    setSaved(false);
    return send(
      () => updatePersonAction({ personId, values: v }),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("formTitle")}>
      <Alert tone="error">{refusal}</Alert>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="person-name" label={t("name")} autoComplete="off" error={errors.name} {...register("name")} />
        <TextField
          id="person-email"
          label={t("email")}
          type="email"
          autoComplete="off"
          error={errors.email}
          {...register("email")}
        />
        <TextField
          id="person-staffIndexNumber"
          label={t("staffIndexNumber")}
          hint={t("staffIndexHint")}
          autoComplete="off"
          error={errors.staffIndexNumber}
          {...register("staffIndexNumber")}
        />
        <SelectField
          id="person-appointmentType"
          label={t("appointmentType")}
          placeholder={t("notSet")}
          options={APPOINTMENT_TYPES.map((a) => ({ value: a, label: ta(a) }))}
          error={errors.appointmentType}
          {...register("appointmentType")}
        />
        <SelectField
          id="person-entityId"
          label={t("entity")}
          placeholder={t("notSet")}
          options={entities}
          error={errors.entityId}
          {...register("entityId")}
        />
        <SelectField
          id="person-dutyStationId"
          label={t("dutyStation")}
          placeholder={t("notSet")}
          options={dutyStations}
          error={errors.dutyStationId}
          {...register("dutyStationId")}
        />
        <TextField
          id="person-supervisorEmail"
          label={t("supervisorEmail")}
          hint={t("supervisorHint")}
          type="email"
          autoComplete="off"
          error={errors.supervisorEmail}
          {...register("supervisorEmail")}
        />
        <TextField
          id="person-languages"
          label={t("languages")}
          hint={t("languagesHint")}
          autoComplete="off"
          error={errors.languages}
          {...register("languages")}
        />
        <SelectField
          id="person-gender"
          label={t("gender")}
          placeholder={t("notSet")}
          options={GENDERS.map((g) => ({ value: g, label: tg(g) }))}
          error={errors.gender}
          {...register("gender")}
        />
        <SelectField
          id="person-preferredLanguage"
          label={t("preferredLanguage")}
          options={(["en", "fr"] as const).map((l) => ({ value: l, label: tl(l) }))}
          error={errors.preferredLanguage}
          {...register("preferredLanguage")}
        />
      </div>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
