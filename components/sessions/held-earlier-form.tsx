"use client";
// A session held before its planned time: marked held with the real date and time (in the
// viewer's zone). The existing "mark as completed" action, for this one session.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { markSessionsCompletedAction } from "@/lib/actions/mark-sessions-completed";
import { markSessionsCompletedSchema, type MarkSessionsCompletedInput } from "@/lib/validation/sessions";

export function HeldEarlierForm({
  engagementId,
  sessionId,
  timeZone,
  nowLocal,
  onClose,
}: {
  engagementId: string;
  sessionId: string;
  timeZone: string;
  nowLocal: string;
  onClose: () => void;
}) {
  const t = useTranslations("booking.heldEarlier");
  const router = useRouter();
  const id = useId();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<MarkSessionsCompletedInput>({
    resolver: zodResolver(markSessionsCompletedSchema),
    defaultValues: { engagementId, sessionIds: [sessionId], heldAtLocal: nowLocal, timeZone },
  });
  const { refusal, send } = useFormAction(setError, ["heldAtLocal"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => markSessionsCompletedAction(values),
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
      className="mt-3 space-y-3 rounded-lg border border-emerald-200 bg-emerald-50 p-4"
      aria-label={t("label")}
    >
      <Alert tone="error">{refusal}</Alert>
      <p className="text-sm text-slate-800">{t("lead")}</p>
      <TextField
        id={`${id}-held`}
        label={t("when")}
        hint={t("whenHint", { zone: timeZone.replace(/_/g, " ") })}
        type="datetime-local"
        max={nowLocal}
        error={errors.heldAtLocal}
        {...register("heldAtLocal")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {t("submit")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
    </form>
  );
}
