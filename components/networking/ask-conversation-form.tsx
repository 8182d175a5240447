"use client";
// "Ask for a conversation" on a colleague's networking page: a brief message stating the shared
// interest (characters counted). A refusal shows in place and keeps what was typed.
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, inputClass, labelClass, primaryButton } from "@/components/coach/form-parts";
import { askNetworkingConversationAction } from "@/lib/actions/ask-networking-conversation";
import { askConversationSchema, MAX_NETWORKING_MESSAGE, type AskConversationInput } from "@/lib/validation/networking";

export function AskConversationForm({ colleagueId, colleagueName }: { colleagueId: string; colleagueName: string }) {
  const t = useTranslations("networking.ask");
  const te = useTranslations("errors");
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<AskConversationInput>({
    resolver: zodResolver(askConversationSchema),
    defaultValues: { colleagueId, message: "" },
  });
  const length = watch("message")?.length ?? 0;

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await askNetworkingConversationAction(values);
      if (result.ok) {
        setSent(true);
        router.refresh();
        return;
      }
      setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });

  if (sent) {
    return (
      <div role="status" className="rounded border border-emerald-200 bg-emerald-50 p-4 text-emerald-900">
        <p className="font-medium">{t("sent", { name: colleagueName })}</p>
        <Link
          href="/engagements"
          className="mt-2 inline-block font-semibold text-brand-700 underline hover:text-brand-900"
        >
          {t("seeRequests")}
        </Link>
      </div>
    );
  }
  const messageError = errors.message?.message;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("title")} className="space-y-3">
      <input type="hidden" {...register("colleagueId")} />
      <div>
        <label htmlFor="networking-message" className={labelClass}>
          {t("message")}
        </label>
        <p id="networking-message-hint" className="text-sm text-slate-600">
          {t("hint", { max: MAX_NETWORKING_MESSAGE, name: colleagueName })}
        </p>
        <textarea
          id="networking-message"
          rows={5}
          maxLength={MAX_NETWORKING_MESSAGE}
          className={inputClass}
          aria-invalid={Boolean(messageError)}
          aria-describedby={`networking-message-hint networking-message-count${messageError ? " message-error" : ""}`}
          {...register("message")}
        />
        <p
          id="networking-message-count"
          className={`mt-1 text-right text-xs tabular-nums ${length > MAX_NETWORKING_MESSAGE ? "text-red-700" : "text-slate-500"}`}
        >
          {t("counter", { count: length, max: MAX_NETWORKING_MESSAGE })}
        </p>
        <FieldError id="message-error" message={messageError} />
      </div>
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {serverError}
        </p>
      )}
      <button type="submit" disabled={isSubmitting} className={primaryButton}>
        {isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
