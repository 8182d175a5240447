"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { knownKey } from "@/lib/i18n/keys";
import { signInSchema, type SignInInput } from "@/lib/validation/sign-in";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("signIn");
  const te = useTranslations("errors");
  const router = useRouter();
  const [serverError, setServerError] = useState<string | undefined>(initialError);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    const email = values.email.trim().toLowerCase();
    const result = await signIn("email", { email, callbackUrl, redirect: false });
    if (!result || result.error) {
      setServerError(result?.error ?? "Default");
      return;
    }
    router.push(`/signin/check-email?email=${encodeURIComponent(email)}`);
  });

  const fieldError = errors.email?.message;
  const errorKey = (key: string) => te(knownKey(te, key, "Default"));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {serverError && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {errorKey(serverError)}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          {t("emailLabel")}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="email"
          placeholder={t("emailPlaceholder")}
          aria-invalid={Boolean(fieldError)}
          aria-describedby={fieldError ? "email-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-300 px-3 py-2 focus:border-brand-600"
          {...register("email")}
        />
        {fieldError && (
          <p id="email-error" className="mt-1 text-sm text-red-700">
            {errorKey(fieldError)}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isSubmitting ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
