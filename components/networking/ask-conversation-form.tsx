"use client";
// "Ask for a conversation" on a colleague's networking page: a brief message stating the shared
// interest (characters counted). A refusal shows in place and keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { link } from "@/components/ui/styles";
import { useFormAction } from "@/components/use-form-action";
import { askNetworkingConversationAction } from "@/lib/actions/ask-networking-conversation";
import { askConversationSchema, MAX_NETWORKING_MESSAGE, type AskConversationInput } from "@/lib/validation/networking";

export function AskConversationForm({ colleagueId, colleagueName }: { colleagueId: string; colleagueName: string }) {
  const t = useTranslations("networking.ask");
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AskConversationInput>({
    resolver: zodResolver(askConversationSchema),
    defaultValues: { colleagueId, message: "" },
  });
  const { refusal, send } = useFormAction(setError, ["message"]);
  const length = useWatch({ control, name: "message" })?.length ?? 0;

  const onSubmit = handleSubmit((values) =>
    send(
      () => askNetworkingConversationAction(values),
      () => {
        setSent(true);
        router.refresh();
      },
    ),
  );

  if (sent) {
    return (
      <Alert tone="success" size="md">
        <p className="font-medium">{t("sent", { name: colleagueName })}</p>
        <Link href="/engagements" className={`mt-2 inline-block ${link}`}>
          {t("seeRequests")}
        </Link>
      </Alert>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-3">
      <input type="hidden" {...register("colleagueId")} />
      <div>
        <TextAreaField
          id="networking-message"
          label={t("message")}
          hint={t("hint", { max: MAX_NETWORKING_MESSAGE, name: colleagueName })}
          rows={5}
          maxLength={MAX_NETWORKING_MESSAGE}
          error={errors.message}
          aria-describedby={`networking-message-hint networking-message-count${errors.message ? " networking-message-error" : ""}`}
          {...register("message")}
        />
        <p
          id="networking-message-count"
          className={`mt-1 text-right text-xs tabular-nums ${length > MAX_NETWORKING_MESSAGE ? "text-red-700" : "text-slate-600"}`}
        >
          {t("counter", { count: length, max: MAX_NETWORKING_MESSAGE })}
        </p>
      </div>
      <Alert tone="error">{refusal}</Alert>
      <Button type="submit" pending={isSubmitting} pendingLabel={t("sending")}>
        {t("submit")}
      </Button>
    </form>
  );
}
