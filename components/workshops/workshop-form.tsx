"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { saveWorkshopAction } from "@/lib/actions/save-workshop";
import {
  WORKSHOP_AUDIENCES,
  WORKSHOP_DURATION_MAX,
  WORKSHOP_DURATION_MIN,
  WORKSHOP_SEATS_MAX,
  WORKSHOP_SEATS_MIN,
} from "@/lib/domain/workshops";
import { workshopSchema, type WorkshopInput } from "@/lib/validation/workshops";

const FIELDS = [
  "titleEn",
  "titleFr",
  "descriptionEn",
  "descriptionFr",
  "audiences",
  "startsAtLocal",
  "timeZone",
  "durationMinutes",
  "meetingUrl",
  "seats",
] as const satisfies readonly (keyof WorkshopInput)[];

/**
 * A workshop's texts in both languages, audiences, time and zone, length, link and seats: without
 * `workshopId` it publishes one, with it it changes one. A refusal keeps what was typed and shows
 * the message beside its field.
 */
export function WorkshopForm({
  workshopId,
  values,
  zones,
}: {
  workshopId?: string;
  values: WorkshopInput;
  zones: readonly string[];
}) {
  const t = useTranslations("workshops.form");
  const ta = useTranslations("workshops.audience");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<WorkshopInput>({ resolver: zodResolver(workshopSchema), defaultValues: values });
  const { refusal, send } = useFormAction(setError, FIELDS);

  const onSubmit = handleSubmit((v) =>
    send(
      () => saveWorkshopAction({ workshopId, values: v }),
      (result) => {
        const id = workshopId ?? ("id" in result ? result.id : undefined);
        router.push(id ? `/admin/workshops/${id}?saved=1` : "/admin/workshops");
        router.refresh();
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Alert tone="error">{refusal}</Alert>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="workshop-titleEn"
          label={t("titleEn")}
          lang="en"
          error={errors.titleEn}
          {...register("titleEn")}
        />
        <TextField
          id="workshop-titleFr"
          label={t("titleFr")}
          lang="fr"
          error={errors.titleFr}
          {...register("titleFr")}
        />
        <TextAreaField
          id="workshop-descriptionEn"
          label={t("descriptionEn")}
          lang="en"
          rows={4}
          error={errors.descriptionEn}
          {...register("descriptionEn")}
        />
        <TextAreaField
          id="workshop-descriptionFr"
          label={t("descriptionFr")}
          lang="fr"
          rows={4}
          error={errors.descriptionFr}
          {...register("descriptionFr")}
        />
      </div>
      <ChoiceList<WorkshopInput>
        legend={t("audiences")}
        hint={t("audiencesHelp")}
        name="audiences"
        idPrefix="workshop-"
        options={WORKSHOP_AUDIENCES.map((a) => ({ value: a, label: ta(a) }))}
        register={register}
        error={errors.audiences}
        columns={2}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="workshop-startsAtLocal"
          label={t("startsAtLocal")}
          hint={t("startsAtHelp")}
          type="datetime-local"
          error={errors.startsAtLocal}
          {...register("startsAtLocal")}
        />
        <SelectField
          id="workshop-timeZone"
          label={t("timeZone")}
          options={zones.map((z) => ({ value: z, label: z }))}
          error={errors.timeZone}
          {...register("timeZone")}
        />
        <TextField
          id="workshop-durationMinutes"
          label={t("durationMinutes")}
          type="number"
          inputMode="numeric"
          min={WORKSHOP_DURATION_MIN}
          max={WORKSHOP_DURATION_MAX}
          error={errors.durationMinutes}
          {...register("durationMinutes", { valueAsNumber: true })}
        />
        <TextField
          id="workshop-seats"
          label={t("seats")}
          hint={t("seatsHelp")}
          type="number"
          inputMode="numeric"
          min={WORKSHOP_SEATS_MIN}
          max={WORKSHOP_SEATS_MAX}
          error={errors.seats}
          {...register("seats", { valueAsNumber: true })}
        />
        <TextField
          id="workshop-meetingUrl"
          label={t("meetingUrl")}
          hint={t("meetingUrlHelp")}
          type="url"
          autoComplete="off"
          className="sm:col-span-2"
          error={errors.meetingUrl}
          {...register("meetingUrl")}
        />
      </div>
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {workshopId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
