"use client";
// What a client (mentee) reads when their coach (mentor) stopped early: the reasons, any suggestion,
// that their seat is kept, and two ways to choose again at once: ask the person proposed in one step
// (an ordinary request, the message pre-written and editable), or open the directory.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { link } from "@/components/ui/styles";
import { useFormAction } from "@/components/use-form-action";
import { requestProposedAction } from "@/lib/actions/end-engagement";
import { MAX_REQUEST_MESSAGE } from "@/lib/domain/match-request";
import { requestProposedSchema, type RequestProposedInput } from "@/lib/validation/requests";

export type EarlyEndingNoticeView = {
  engagementId: string;
  kind: "coach" | "mentor";
  providerName: string;
  endedOn: string;
  reason: string;
  alternative: string | null;
  proposed: { profileId: string; name: string; available: boolean } | null;
  directoryPath: string;
};

export function EarlyEndingNotice({ notice }: { notice: EarlyEndingNoticeView }) {
  const t = useTranslations("engagements.active.notice");
  const router = useRouter();
  const id = useId();
  const name = notice.providerName;
  const proposed = notice.proposed;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestProposedInput>({
    resolver: zodResolver(requestProposedSchema),
    defaultValues: {
      engagementId: notice.engagementId,
      message: proposed ? t("defaultMessage", { proposed: proposed.name, name }) : "",
    },
  });
  const { refusal, send } = useFormAction(setError, ["message"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => requestProposedAction(values),
      () => router.push("/engagements?requested=1"),
    ),
  );
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-5 text-slate-900"
      data-testid="early-ending-notice"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t(notice.kind === "mentor" ? "mentorTitle" : "coachTitle", { name })}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("endedOn", { date: notice.endedOn })}</p>
      <h3 className="mt-3 text-sm font-semibold">{t("reasons")}</h3>
      <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-500 pl-3">{notice.reason}</blockquote>
      {notice.alternative && (
        <>
          <h3 className="mt-3 text-sm font-semibold">{t("alternative")}</h3>
          <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-500 pl-3">
            {notice.alternative}
          </blockquote>
        </>
      )}
      <p className="mt-3 font-medium">{t("seatKept")}</p>
      {proposed && proposed.available && (
        <form noValidate onSubmit={onSubmit} className="mt-4 space-y-3">
          <p>{t(notice.kind === "mentor" ? "mentorProposed" : "coachProposed", { name, proposed: proposed.name })}</p>
          <TextAreaField
            id={`${id}-message`}
            label={t("message", { proposed: proposed.name })}
            rows={3}
            maxLength={MAX_REQUEST_MESSAGE}
            error={errors.message}
            {...register("message")}
          />
          <Button type="submit" disabled={isSubmitting}>
            {t("ask", { proposed: proposed.name })}
          </Button>
          <Alert tone="error">{refusal}</Alert>
        </form>
      )}
      {proposed && !proposed.available && <p className="mt-3">{t("proposedGone", { proposed: proposed.name })}</p>}
      <p className="mt-4">
        <Link href={notice.directoryPath} className={link}>
          {t(notice.kind === "mentor" ? "mentorDirectory" : "coachDirectory")}
        </Link>
      </p>
    </section>
  );
}
