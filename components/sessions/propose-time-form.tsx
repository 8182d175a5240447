"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { MeetingPlaceFields } from "./meeting-place-fields";
import { proposeSessionTimeAction } from "@/lib/actions/propose-session-time";
import { proposeSessionSchema, type ProposeSessionInput } from "@/lib/validation/sessions";

export type ProposeDefaults = {
  startsAtLocal: string;
  minLocal: string;
  timeZone: string;
  mode: ProposeSessionInput["mode"];
  location: string;
  /** The engagement's default meeting link, used when a video session gives none of its own. */
  defaultLink?: string | null;
};

const FIELDS = ["startsAtLocal", "timeZone", "mode", "location"] as const;

/**
 * A time for a session: a local date and time in the proposer's time zone (named, and changeable
 * when they travel), how they will meet, and the link or place. A refusal keeps what was typed.
 */
export function ProposeTimeForm({
  sessionId,
  defaults,
  submitLabel,
  onClose,
}: {
  sessionId: string;
  defaults: ProposeDefaults;
  submitLabel: string;
  onClose: () => void;
}) {
  const t = useTranslations("sessions.propose");
  const router = useRouter();
  const id = useId();
  const zones = useMemo(() => {
    const list = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
    return list.includes(defaults.timeZone) ? list : [defaults.timeZone, ...list];
  }, [defaults.timeZone]);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProposeSessionInput>({
    resolver: zodResolver(proposeSessionSchema),
    defaultValues: {
      sessionId,
      startsAtLocal: defaults.startsAtLocal,
      timeZone: defaults.timeZone,
      mode: defaults.mode,
      location: defaults.location,
      defaultLink: Boolean(defaults.defaultLink),
    },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const [mode, zone] = useWatch({ control, name: ["mode", "timeZone"] });

  const onSubmit = handleSubmit((values) =>
    send(
      () => proposeSessionTimeAction(values),
      () => {
        onClose();
        router.refresh();
      },
    ),
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={submitLabel}
    >
      <Alert tone="error">{refusal}</Alert>
      <input type="hidden" {...register("sessionId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${id}-when`}
          label={t("when")}
          hint={t("whenHint", { zone: (zone || defaults.timeZone).replace(/_/g, " ") })}
          type="datetime-local"
          min={defaults.minLocal}
          error={errors.startsAtLocal}
          {...register("startsAtLocal")}
        />
        <SelectField
          id={`${id}-zone`}
          label={t("timeZone")}
          options={zones.map((z) => ({ value: z, label: z.replace(/_/g, " ") }))}
          error={errors.timeZone}
          {...register("timeZone")}
        />
      </div>
      <MeetingPlaceFields
        id={id}
        mode={mode}
        defaultLink={defaults.defaultLink}
        modeField={register("mode")}
        locationField={register("location")}
        errors={errors}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("sending")}>
          {submitLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
    </form>
  );
}
