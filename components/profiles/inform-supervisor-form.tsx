"use client";
// The form of the "Inform your supervisor" section: the supervisor's address (HR's when known) and
// one button. Texts come translated from the section (a server component).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { informSupervisorAction } from "@/lib/actions/inform-supervisor";
import {
  informSupervisorSchema,
  type InformSupervisorInput,
  type SupervisorNoticeRole,
} from "@/lib/validation/inform-supervisor";

export type InformSupervisorTexts = {
  title: string;
  emailLabel: string;
  emailHint: string;
  button: string;
  sending: string;
};

export function InformSupervisorForm({
  role,
  supervisorEmail,
  texts,
}: {
  role: SupervisorNoticeRole;
  supervisorEmail: string;
  texts: InformSupervisorTexts;
}) {
  const router = useRouter();
  const [sent, setSent] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InformSupervisorInput>({
    resolver: zodResolver(informSupervisorSchema),
    defaultValues: { role, supervisorEmail },
  });
  const { refusal, send } = useFormAction(setError, ["supervisorEmail"]);
  const onSubmit = handleSubmit((values) => {
    setSent(undefined);
    return send(
      () => informSupervisorAction(values),
      (result) => {
        setSent(result.ok ? result.message : undefined);
        router.refresh();
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={texts.title} className="space-y-4" data-testid="inform-supervisor">
      <input type="hidden" {...register("role")} />
      <TextField
        id={`inform-supervisor-${role}`}
        label={texts.emailLabel}
        hint={texts.emailHint}
        type="email"
        autoComplete="off"
        error={errors.supervisorEmail}
        {...register("supervisorEmail")}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={texts.sending}>
          {texts.button}
        </Button>
        <div aria-live="polite" className="min-w-0 flex-1">
          <Alert tone="error">{refusal}</Alert>
          {sent && (
            <Alert tone="success" plain>
              ✓ {sent}
            </Alert>
          )}
        </div>
      </div>
    </form>
  );
}
