"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
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
  return (
    <form
      onSubmit={(e) => e.preventDefault()}
      noValidate
      aria-label={t("label", { name })}
      className="mt-4 space-y-3 border-t border-slate-100 pt-4"
    >
      <TextAreaField
        id={`decision-message-${profileId}`}
        label={t("message")}
        hint={t("messageHelp")}
        rows={3}
        error={errors.message}
        {...register("message")}
      />
      <div className="flex flex-wrap gap-3">
        <Button disabled={pending} onClick={() => submit("approve")}>
          {t("approve")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => submit("requestChanges")}>
          {t("requestChanges")}
        </Button>
        <Button variant="secondary" tone="danger" disabled={pending} onClick={() => submit("reject")}>
          {t("reject")}
        </Button>
      </div>
      <Alert tone="error">{error}</Alert>
    </form>
  );
}
