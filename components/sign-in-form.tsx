"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
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
      <Alert tone="error">{serverError && errorKey(serverError)}</Alert>
      <TextField
        id="email"
        label={t("emailLabel")}
        type="email"
        autoComplete="email"
        placeholder={t("emailPlaceholder")}
        // Already translated: an unknown key reads as next-auth's "Default" message, not as a field error.
        error={fieldError ? { type: "server", message: errorKey(fieldError) } : undefined}
        {...register("email")}
      />
      <Button type="submit" pending={isSubmitting} pendingLabel={t("sending")} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
