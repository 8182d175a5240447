"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import {
  ActionMessage,
  FieldError,
  inputClass,
  labelClass,
  primaryButton,
  useSave,
} from "@/components/coach/form-parts";
import { joinCohortAction } from "@/lib/actions/join-cohort";
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
        <label className="flex items-start gap-2 text-sm font-medium text-slate-800">
          <input
            type="checkbox"
            className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600"
            aria-invalid={Boolean(errors.commitment)}
            aria-describedby={errors.commitment ? "join-commitment-error" : undefined}
            {...register("commitment")}
          />
          <span>{t(kind === "coaching" ? "commitmentCoaching" : "commitmentMentoring")}</span>
        </label>
        <FieldError id="join-commitment-error" message={errors.commitment?.message} />
      </div>
      <div>
        <label htmlFor="join-supervisor" className={labelClass}>
          {t("supervisorLabel")}
        </label>
        <p id="join-supervisor-help" className="mt-0.5 text-sm text-slate-600">
          {t("supervisorHelp")}
        </p>
        <input
          id="join-supervisor"
          type="email"
          autoComplete="off"
          className={inputClass}
          aria-invalid={Boolean(errors.supervisorEmail)}
          aria-describedby={["join-supervisor-help", errors.supervisorEmail ? "join-supervisor-error" : ""]
            .filter(Boolean)
            .join(" ")}
          {...register("supervisorEmail")}
        />
        <FieldError id="join-supervisor-error" message={errors.supervisorEmail?.message} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("joining") : t(full ? "buttonWaitlist" : "button")}
        </button>
        <div aria-live="polite" className="min-w-0 flex-1">
          {result && !result.ok && <ActionMessage result={result} success="" />}
        </div>
      </div>
    </form>
  );
}
