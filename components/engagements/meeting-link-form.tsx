"use client";
// The engagement's default online-meeting link, set by either of its two people: every video
// session without a link of its own carries it (invitation, reminder, calendar feed, session card).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormAction } from "@/components/use-form-action";
import { setMeetingLinkAction } from "@/lib/actions/set-meeting-link";
import { MAX_MEETING_URL } from "@/lib/domain/meeting-link";
import { setMeetingLinkSchema, type SetMeetingLinkInput } from "@/lib/validation/meeting-link";

export function MeetingLinkForm({ engagementId, meetingUrl }: { engagementId: string; meetingUrl: string | null }) {
  const t = useTranslations("meetingLink");
  const router = useRouter();
  const id = useId();
  const [done, setDone] = useState<"saved" | "removed" | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<SetMeetingLinkInput>({
    resolver: zodResolver(setMeetingLinkSchema),
    defaultValues: { engagementId, meetingUrl: meetingUrl ?? "" },
  });
  const { refusal, send } = useFormAction<SetMeetingLinkInput>(setError, ["meetingUrl"]);
  const save = (values: SetMeetingLinkInput) =>
    send(
      () => setMeetingLinkAction(values),
      () => {
        setDone(values.meetingUrl ? "saved" : "removed");
        router.refresh();
      },
    );
  const onSubmit = handleSubmit(save);
  const remove = () => {
    setValue("meetingUrl", "");
    void save({ engagementId, meetingUrl: "" });
  };
  return (
    <form noValidate onSubmit={onSubmit} className="mt-3 space-y-3" data-testid="meeting-link-form">
      <input type="hidden" {...register("engagementId")} />
      <TextField
        id={`${id}-url`}
        type="url"
        inputMode="url"
        autoComplete="url"
        label={t("label")}
        hint={t("hint")}
        maxLength={MAX_MEETING_URL}
        error={errors.meetingUrl}
        {...register("meetingUrl", { onChange: () => setDone(null) })}
      />
      <SubmitRow label={t("save")} pending={isSubmitting} done={done !== null} doneText={done ? t(done) : undefined}>
        {meetingUrl && (
          <Button variant="secondary" disabled={isSubmitting} onClick={remove}>
            {t("remove")}
          </Button>
        )}
      </SubmitRow>
      <Alert tone="error">{refusal}</Alert>
    </form>
  );
}
