"use client";
// The weekly hours a coach or mentor offers for booking: one row per period (a weekday, a start and
// an end), added and removed with buttons — no dragging — in the zone chosen above them, and whether
// a booked slot waits for their confirmation. A refusal keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { saveAvailabilityAction } from "@/lib/actions/save-availability";
import { MAX_PERIODS, WEEKDAYS } from "@/lib/domain/availability";
import { saveAvailabilitySchema, type SaveAvailabilityForm } from "@/lib/validation/availability";

export function WeeklyHoursForm({ defaults }: { defaults: SaveAvailabilityForm }) {
  const t = useTranslations("availability");
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => {
    const list = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
    return list.includes(defaults.timeZone) ? list : [defaults.timeZone, ...list];
  }, [defaults.timeZone]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SaveAvailabilityForm>({ resolver: zodResolver(saveAvailabilitySchema), defaultValues: defaults });
  const { fields, append, remove } = useFieldArray({ control, name: "periods" });
  const named = [
    "timeZone",
    ...fields.flatMap((_, i) => [`periods.${i}.start`, `periods.${i}.end`]),
  ] as Path<SaveAvailabilityForm>[];
  const { refusal, send } = useFormAction(setError, named);
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    return send(
      () => saveAvailabilityAction(values),
      () => {
        setSaved(true);
        router.refresh();
      },
    );
  });
  const weekdays = WEEKDAYS.map((d) => ({ value: d, label: t(`weekdays.${d}`) }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("weekly.heading")}>
      <Alert tone="error">{refusal}</Alert>
      <input type="hidden" {...register("kind")} />
      <SelectField
        id={`${id}-zone`}
        label={t("weekly.timeZone")}
        hint={t("weekly.timeZoneHint")}
        options={zones.map((z) => ({ value: z, label: z.replace(/_/g, " ") }))}
        error={errors.timeZone}
        {...register("timeZone")}
      />
      {fields.length === 0 ? (
        <p className="text-sm text-slate-600">{t("weekly.none")}</p>
      ) : (
        <ul className="space-y-3">
          {fields.map((f, i) => (
            <li key={f.id} className="rounded border border-slate-200 p-3" data-testid="period">
              <fieldset className="grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
                <legend className="sr-only">{t("weekly.period", { n: i + 1 })}</legend>
                <SelectField
                  id={`${id}-p${i}-day`}
                  label={t("weekly.weekday")}
                  options={weekdays}
                  error={errors.periods?.[i]?.weekday}
                  {...register(`periods.${i}.weekday`, { valueAsNumber: true })}
                />
                <TextField
                  id={`${id}-p${i}-start`}
                  label={t("weekly.start")}
                  type="time"
                  step={1800}
                  error={errors.periods?.[i]?.start}
                  {...register(`periods.${i}.start`)}
                />
                <TextField
                  id={`${id}-p${i}-end`}
                  label={t("weekly.end")}
                  type="time"
                  step={1800}
                  error={errors.periods?.[i]?.end}
                  {...register(`periods.${i}.end`)}
                />
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={t("weekly.removeLabel", { n: i + 1 })}
                  onClick={() => remove(i)}
                >
                  {t("weekly.remove")}
                </Button>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      {fields.length < MAX_PERIODS && (
        <Button variant="secondary" size="sm" onClick={() => append({ weekday: 2, start: "09:00", end: "12:00" })}>
          {t("weekly.add")}
        </Button>
      )}
      <label className="flex items-start gap-2 text-sm text-slate-800">
        <input type="checkbox" className="mt-1 h-4 w-4 accent-brand-600" {...register("needsConfirmation")} />
        <span>
          <span className="font-medium">{t("weekly.confirm")}</span>
          <span className="block text-slate-600">{t("weekly.confirmHint")}</span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("weekly.save")}
        </Button>
        <p aria-live="polite" className="text-sm text-emerald-800">
          {saved && !refusal ? `✓ ${t("weekly.saved")}` : ""}
        </p>
      </div>
    </form>
  );
}
