"use client";
// The coach sets a group session's time: a local date and time in a named time zone. Every member
// is then e-mailed the invitation. A refusal keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { scheduleGroupSessionAction } from "@/lib/actions/schedule-group-session";
import { scheduleGroupSessionSchema, type ScheduleGroupSessionInput } from "@/lib/validation/groups";

const FIELDS = ["startsAtLocal", "timeZone"] as const;

export function ScheduleGroupSessionForm({
  groupId,
  sessionId,
  title,
  startsAtLocal,
  timeZone,
  reschedule,
}: {
  groupId: string;
  sessionId: string;
  title: string;
  startsAtLocal: string;
  timeZone: string;
  reschedule: boolean;
}) {
  const t = useTranslations("groups.schedule");
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => {
    const list = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
    return list.includes(timeZone) ? list : [timeZone, ...list];
  }, [timeZone]);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ScheduleGroupSessionInput>({
    resolver: zodResolver(scheduleGroupSessionSchema),
    defaultValues: { groupId, sessionId, startsAtLocal, timeZone },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((values) =>
    send(
      () => scheduleGroupSessionAction(values),
      () => {
        setSaved(true);
        router.refresh();
      },
    ),
  );
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={t("legend", { title })}
      className="mt-3 space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      <Alert tone="error">{refusal}</Alert>
      {saved && <Alert tone="success">{t("saved")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={`${id}-when`}
          label={t("when")}
          type="datetime-local"
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
      <Button type="submit" pending={isSubmitting} pendingLabel={t("submitting")}>
        {reschedule ? t("reschedule") : t("submit")}
      </Button>
    </form>
  );
}
