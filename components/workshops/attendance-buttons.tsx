"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionVerb } from "@/components/use-action-verb";
import { recordWorkshopAttendanceAction } from "@/lib/actions/record-workshop-attendance";

/** Yes or no for one registered person; the choice made is shown pressed and can be changed. */
export function AttendanceButtons({
  workshopId,
  registrationId,
  name,
  attended,
}: {
  workshopId: string;
  registrationId: string;
  name: string;
  attended: boolean | null;
}) {
  const t = useTranslations("workshops.admin");
  const { pending, error, run } = useActionVerb();
  const record = (value: boolean) =>
    run(() => recordWorkshopAttendanceAction({ workshopId, registrationId, attended: value }));
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant={attended === true ? "primary" : "secondary"}
          aria-pressed={attended === true}
          aria-label={t("markAttended", { name })}
          disabled={pending}
          onClick={() => record(true)}
        >
          {t("attended")}
        </Button>
        <Button
          size="sm"
          variant={attended === false ? "primary" : "secondary"}
          aria-pressed={attended === false}
          aria-label={t("markAbsent", { name })}
          disabled={pending}
          onClick={() => record(false)}
        >
          {t("absent")}
        </Button>
      </div>
      <Alert tone="error">{error}</Alert>
    </div>
  );
}
