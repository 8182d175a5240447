"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormAction } from "@/components/use-form-action";
import { scheduleSupervisionSessionAction } from "@/lib/actions/schedule-supervision-session";
import {
  DEFAULT_SUPERVISION_MINUTES,
  DEFAULT_SUPERVISION_SEATS,
  MAX_MEETING_LINK,
  MAX_SUPERVISION_MINUTES,
  MAX_SUPERVISION_SEATS,
  MIN_SUPERVISION_MINUTES,
  MIN_SUPERVISION_SEATS,
} from "@/lib/domain/supervision-groups";
import {
  scheduleSupervisionSchema,
  type ScheduleSupervisionInput,
  type ScheduleSupervisionValues,
} from "@/lib/validation/supervision-groups";

const FIELDS = [
  "supervisorProfileId",
  "startsAtLocal",
  "timeZone",
  "durationMinutes",
  "seats",
  "meetingLink",
  "programmeId",
] as const;

/** A programme admin schedules a group supervision session: supervisor, time and zone, length, seats, link. */
export function ScheduleSupervisionForm({
  supervisors,
  programmes,
  timeZone,
  minLocal,
}: {
  supervisors: { profileId: string; name: string }[];
  programmes: { id: string; name: string }[];
  timeZone: string;
  minLocal: string;
}) {
  const t = useTranslations("supervisionGroups.schedule");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => {
    const list = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
    return list.includes(timeZone) ? list : [timeZone, ...list];
  }, [timeZone]);
  const defaults: ScheduleSupervisionInput = {
    supervisorProfileId: supervisors.length === 1 ? supervisors[0].profileId : "",
    startsAtLocal: "",
    timeZone,
    durationMinutes: DEFAULT_SUPERVISION_MINUTES,
    seats: DEFAULT_SUPERVISION_SEATS,
    meetingLink: "",
    programmeId: "",
  };
  const {
    register,
    handleSubmit,
    control,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ScheduleSupervisionInput, unknown, ScheduleSupervisionValues>({
    resolver: zodResolver(scheduleSupervisionSchema),
    defaultValues: defaults,
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const zone = useWatch({ control, name: "timeZone" });
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    return send(
      () => scheduleSupervisionSessionAction(values),
      () => {
        reset(defaults);
        setSaved(true);
        router.refresh();
      },
    );
  });
  return (
    <form noValidate aria-label={t("title")} className="space-y-4" onSubmit={onSubmit}>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="supervision-supervisor-choice"
          label={t("supervisor")}
          placeholder={t("choose")}
          options={supervisors.map((s) => ({ value: s.profileId, label: s.name }))}
          error={errors.supervisorProfileId}
          {...register("supervisorProfileId")}
        />
        <SelectField
          id="supervision-programme"
          label={t("programme")}
          optionalText={t("optional")}
          placeholder={t("anyProgramme")}
          options={programmes.map((p) => ({ value: p.id, label: p.name }))}
          error={errors.programmeId}
          {...register("programmeId")}
        />
        <TextField
          id="supervision-starts"
          label={t("when")}
          hint={t("whenHint", { zone: (zone || timeZone).replace(/_/g, " ") })}
          type="datetime-local"
          min={minLocal}
          error={errors.startsAtLocal}
          {...register("startsAtLocal")}
        />
        <SelectField
          id="supervision-zone"
          label={t("timeZone")}
          options={zones.map((z) => ({ value: z, label: z.replace(/_/g, " ") }))}
          error={errors.timeZone}
          {...register("timeZone")}
        />
        <TextField
          id="supervision-duration"
          label={t("duration")}
          hint={t("durationHint", { min: MIN_SUPERVISION_MINUTES, max: MAX_SUPERVISION_MINUTES })}
          type="number"
          inputMode="numeric"
          min={MIN_SUPERVISION_MINUTES}
          max={MAX_SUPERVISION_MINUTES}
          error={errors.durationMinutes}
          {...register("durationMinutes")}
        />
        <TextField
          id="supervision-seats"
          label={t("seats")}
          hint={t("seatsHint", { min: MIN_SUPERVISION_SEATS, max: MAX_SUPERVISION_SEATS })}
          type="number"
          inputMode="numeric"
          min={MIN_SUPERVISION_SEATS}
          max={MAX_SUPERVISION_SEATS}
          error={errors.seats}
          {...register("seats")}
        />
      </div>
      <TextField
        id="supervision-link"
        label={t("link")}
        optionalText={t("optional")}
        type="url"
        placeholder="https://"
        maxLength={MAX_MEETING_LINK}
        error={errors.meetingLink}
        {...register("meetingLink")}
      />
      <Alert tone="error">{refusal}</Alert>
      <SubmitRow pending={isSubmitting} label={t("submit")} done={saved} doneText={t("done")} />
    </form>
  );
}
