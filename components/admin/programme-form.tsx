"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceList } from "@/components/ui/choices";
import { FieldGroup, TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { createProgrammeAction } from "@/lib/actions/create-programme";
import { updateProgrammeAction } from "@/lib/actions/update-programme";
import { APPOINTMENT_TYPES } from "@/lib/domain/eligibility";
import {
  defaultSessionPlan,
  CAPACITY_LIMIT_MAX,
  CAPACITY_LIMIT_MIN,
  PROGRAMME_TYPES,
  REQUEST_TIMEOUT_MAX,
  REQUEST_TIMEOUT_MIN,
  SEAT_OFFER_DAYS_MAX,
  SEAT_OFFER_DAYS_MIN,
  SEATS_MAX,
  SEATS_MIN,
  SESSION_PLANS,
} from "@/lib/domain/programme-settings";
import { planFigures, sessionPlan } from "@/lib/domain/session-plans";
import { programmeSchema, type ProgrammeInput } from "@/lib/validation/programmes";
import { FixedValue } from "./fixed-value";

type NumberSetting = "profileCapacityLimit" | "requestTimeoutWorkingDays" | "seatOfferDays" | "defaultSeats";
const FIELDS = [
  "slug",
  "type",
  "nameEn",
  "nameFr",
  "descriptionEn",
  "descriptionFr",
  "sessionPlan",
  "profileCapacityLimit",
  "requestTimeoutWorkingDays",
  "seatOfferDays",
  "defaultSeats",
  "eligibleAppointmentTypes",
  "profileApprovalRequired",
  "checkInWorkingDays",
  "offersGroupCoaching",
  "archived",
] as const satisfies readonly (keyof ProgrammeInput)[];

/**
 * A programme's type, texts in both languages and settings. Creating sets its address once;
 * editing keeps it. A refusal keeps everything typed and shows the message beside its field.
 */
export function ProgrammeForm({ programmeId, values }: { programmeId?: string; values: ProgrammeInput }) {
  const t = useTranslations("adminProgrammes.form");
  const tt = useTranslations("programmeTypes");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ProgrammeInput>({ resolver: zodResolver(programmeSchema), defaultValues: values });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const type = useWatch({ control, name: "type" });

  const onSubmit = handleSubmit((v) =>
    send(
      () => (programmeId ? updateProgrammeAction({ programmeId, values: v }) : createProgrammeAction(v)),
      () => {
        router.push(`/admin/programmes?saved=${programmeId ? "programme" : "programmeCreated"}#programme-${v.slug}`);
        router.refresh();
      },
    ),
  );
  const numbers: { name: NumberSetting; label: string; hint: string; min: number; max: number }[] = [
    {
      name: "profileCapacityLimit",
      label: t("maxClientsPerCoach"),
      hint: t("maxClientsHelp", { min: CAPACITY_LIMIT_MIN, max: CAPACITY_LIMIT_MAX }),
      min: CAPACITY_LIMIT_MIN,
      max: CAPACITY_LIMIT_MAX,
    },
    {
      name: "requestTimeoutWorkingDays",
      label: t("requestTimeout"),
      hint: t("requestTimeoutHelp", { min: REQUEST_TIMEOUT_MIN, max: REQUEST_TIMEOUT_MAX }),
      min: REQUEST_TIMEOUT_MIN,
      max: REQUEST_TIMEOUT_MAX,
    },
    {
      name: "seatOfferDays",
      label: t("seatOfferDays"),
      hint: t("seatOfferDaysHelp", { min: SEAT_OFFER_DAYS_MIN, max: SEAT_OFFER_DAYS_MAX }),
      min: SEAT_OFFER_DAYS_MIN,
      max: SEAT_OFFER_DAYS_MAX,
    },
    { name: "defaultSeats", label: t("defaultSeats"), hint: t("defaultSeatsHelp"), min: SEATS_MIN, max: SEATS_MAX },
  ];
  const legend = "mb-2 text-lg font-semibold";

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      aria-label={programmeId ? t("editTitle") : t("newTitle")}
    >
      <Alert tone="error">{refusal}</Alert>
      <FieldGroup id="programme-identity" legend={t("identity")} legendClassName={legend}>
        <div className="grid gap-5 sm:grid-cols-2">
          {programmeId ? (
            <FixedValue label={t("slug")} value={`/programmes/${values.slug}`} note={t("slugFixed")} />
          ) : (
            <TextField
              id="programme-slug"
              label={t("slug")}
              hint={t("slugHelp")}
              autoComplete="off"
              error={errors.slug}
              {...register("slug")}
            />
          )}
          <SelectField
            id="programme-type"
            label={t("type")}
            options={PROGRAMME_TYPES.map((p) => ({ value: p, label: tt(p) }))}
            error={errors.type}
            {...register("type", {
              // A new programme follows its type's plan unless the admin picks another one.
              onChange: (e) => !programmeId && setValue("sessionPlan", defaultSessionPlan(e.target.value)),
            })}
          />
          {(["En", "Fr"] as const).map((lang) => (
            <TextField
              key={lang}
              id={`programme-name${lang}`}
              label={t(`name${lang}`)}
              lang={lang.toLowerCase()}
              error={errors[`name${lang}`]}
              {...register(`name${lang}`)}
            />
          ))}
          {(["En", "Fr"] as const).map((lang) => (
            <TextAreaField
              key={lang}
              id={`programme-description${lang}`}
              label={t(`description${lang}`)}
              lang={lang.toLowerCase()}
              rows={4}
              error={errors[`description${lang}`]}
              {...register(`description${lang}`)}
            />
          ))}
        </div>
      </FieldGroup>

      <FieldGroup id="programme-settings" legend={t("settings")} legendClassName={legend}>
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            id="programme-sessionPlan"
            label={t("sessionPlan")}
            hint={t("sessionPlanHelp")}
            options={SESSION_PLANS.map((p) => ({ value: p, label: t(`plans.${p}`, planFigures(sessionPlan(p))) }))}
            error={errors.sessionPlan}
            {...register("sessionPlan")}
          />
          {numbers.map(({ name, label, hint, min, max }) => (
            <TextField
              key={name}
              id={`programme-${name}`}
              label={label}
              hint={hint}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              error={errors[name]}
              {...register(name, { valueAsNumber: true })}
            />
          ))}
          <div className="sm:col-span-2">
            <ChoiceList
              legend={t("eligibility")}
              hint={t("eligibilityHelp")}
              name="eligibleAppointmentTypes"
              options={APPOINTMENT_TYPES.map((a) => ({ value: a, label: t(`appointment.${a}`) }))}
              register={register}
              error={errors.eligibleAppointmentTypes}
              columns={3}
              idPrefix="programme-"
            />
          </div>
          {(type === "mentoring" || type === "networking") && (
            <Choice
              type="checkbox"
              className="sm:col-span-2"
              label={<Setting title={t("profileApprovalRequired")} help={t("profileApprovalRequiredHelp")} />}
              {...register("profileApprovalRequired")}
            />
          )}
          {type === "tripartite_coaching" && (
            <Choice
              type="checkbox"
              className="sm:col-span-2"
              label={<Setting title={t("checkInWorkingDays")} help={t("checkInWorkingDaysHelp")} />}
              {...register("checkInWorkingDays")}
            />
          )}
          {type === "coaching" && (
            <Choice
              type="checkbox"
              className="sm:col-span-2"
              label={<Setting title={t("offersGroupCoaching")} help={t("offersGroupCoachingHelp")} />}
              {...register("offersGroupCoaching")}
            />
          )}
          {programmeId && (
            <Choice
              type="checkbox"
              className="sm:col-span-2"
              label={<Setting title={t("archived")} help={t("archivedHelp")} />}
              {...register("archived")}
            />
          )}
        </div>
      </FieldGroup>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {programmeId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}

/** A yes/no setting's label: what it is, then what it does. */
function Setting({ title, help }: { title: string; help: string }) {
  return (
    <>
      <span className="font-medium text-slate-800">{title}</span>
      <span className="block text-sm text-slate-600">{help}</span>
    </>
  );
}
