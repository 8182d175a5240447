"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choices";
import { FieldErrorText, TextField } from "@/components/ui/field";
import { useSave } from "@/components/use-save";
import { joinCohortAction } from "@/lib/actions/join-cohort";
import { COACHING_FIGURES } from "@/lib/domain/session-plans";
import { joinCohortSchema, type JoinCohortInput } from "@/lib/validation/enrolment";

/** Joining: the commitment to the whole process (required) and an optional note to the supervisor. */
export function JoinForm({
  cohortId,
  kind,
  full,
}: {
  cohortId: string;
  kind: "coaching" | "mentoring";
  full: boolean;
}) {
  const t = useTranslations("enrolment.join");
  const { result, save } = useSave(joinCohortAction);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<JoinCohortInput>({
    resolver: zodResolver(joinCohortSchema),
    defaultValues: { cohortId, commitment: false, supervisorEmail: "" },
  });
  return (
    <form
      onSubmit={handleSubmit(save)}
      noValidate
      aria-label={t("title")}
      className="space-y-4"
      data-testid="join-form"
    >
      <input type="hidden" {...register("cohortId")} />
      <div>
        <Choice
          type="checkbox"
          label={kind === "coaching" ? t("commitmentCoaching", COACHING_FIGURES) : t("commitmentMentoring")}
          className="font-medium text-slate-800"
          aria-invalid={errors.commitment ? true : undefined}
          aria-describedby={errors.commitment ? "join-commitment-error" : undefined}
          {...register("commitment")}
        />
        <FieldErrorText id="join-commitment-error" error={errors.commitment} />
      </div>
      <TextField
        id="join-supervisor"
        label={t("supervisorLabel")}
        hint={t("supervisorHelp")}
        type="email"
        autoComplete="off"
        error={errors.supervisorEmail}
        {...register("supervisorEmail")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("joining")}>
          {t(full ? "buttonWaitlist" : "button")}
        </Button>
        <div aria-live="polite" className="min-w-0 flex-1">
          {result && !result.ok && <ActionResultMessage result={result} />}
        </div>
      </div>
    </form>
  );
}
