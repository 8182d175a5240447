"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { FieldError, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { InlineAlert } from "@/components/inline-alert";
import { useActionVerb } from "@/components/use-action-verb";
import { decideMentorProfileAction } from "@/lib/actions/decide-mentor-profile";
import { mentorDecisionSchema, type MentorDecision, type MentorDecisionInput } from "@/lib/validation/mentors";

/** Approve, request changes or refuse one mentor profile; the two last need a message to the mentor. */
export function MentorDecisionForm({ profileId, name }: { profileId: string; name: string }) {
  const t = useTranslations("adminMentors.decision");
  const { pending, error, run } = useActionVerb();
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors },
  } = useForm<MentorDecisionInput>({
    resolver: zodResolver(mentorDecisionSchema),
    defaultValues: { profileId, decision: "approve", message: "" },
  });
  const submit = (decision: MentorDecision) => {
    setValue("decision", decision);
    void handleSubmit((values) => run(() => decideMentorProfileAction(values)))();
  };
  const messageId = `decision-message-${profileId}`;
  return (
    <form
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-label={t("label", { name })}
      className="mt-4 space-y-3 border-t border-slate-100 pt-4"
    >
      <div>
        <label htmlFor={messageId} className={labelClass}>
          {t("message")}
        </label>
        <p id={`${messageId}-help`} className="text-xs text-slate-500">
          {t("messageHelp")}
        </p>
        <textarea
          id={messageId}
          rows={3}
          className={inputClass}
          aria-invalid={Boolean(errors.message)}
          aria-describedby={`${messageId}-help`}
          {...register("message")}
        />
        <FieldError id={`${messageId}-error`} message={errors.message?.message} />
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButton} disabled={pending} onClick={() => submit("approve")}>
          {t("approve")}
        </button>
        <button type="button" className={secondaryButton} disabled={pending} onClick={() => submit("requestChanges")}>
          {t("requestChanges")}
        </button>
        <button
          type="button"
          className={`${secondaryButton} border-red-300 text-red-800 hover:bg-red-50`}
          disabled={pending}
          onClick={() => submit("reject")}
        >
          {t("reject")}
        </button>
      </div>
      <InlineAlert text={error} />
    </form>
  );
}
