"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { createReferenceAction, renameReferenceAction } from "@/lib/actions/reference-data";
import type { ReferenceKind } from "@/lib/domain/reference-data";
import { referenceSchema, renameReferenceSchema, type ReferenceInput } from "@/lib/validation/reference";

const FIELDS = ["code", "nameEn", "nameFr", "timeZone"] as const;

/**
 * Adds one entry of a reference list (`id` absent) or renames one (`id` given: the code is shown,
 * not editable). Duty stations also take an IANA time zone.
 */
export function ReferenceForm({
  kind,
  id,
  values,
  label,
}: {
  kind: ReferenceKind;
  id?: string;
  values?: Omit<ReferenceInput, "kind">;
  label: string;
}) {
  const t = useTranslations("people.reference");
  const router = useRouter();
  const [done, setDone] = useState(false);
  const prefix = `${kind}-${id ?? "new"}`;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<ReferenceInput>({
    resolver: zodResolver(id ? (renameReferenceSchema as unknown as typeof referenceSchema) : referenceSchema),
    defaultValues: {
      kind,
      code: "",
      nameEn: "",
      nameFr: "",
      timeZone: kind === "dutyStation" ? "" : "",
      ...values,
      ...(id ? { id } : {}),
    },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((v) => {
    setDone(false);
    return send(
      () => (id ? renameReferenceAction({ ...v, id, kind }) : createReferenceAction({ ...v, kind })),
      () => {
        setDone(true);
        if (!id) reset();
        router.refresh();
      },
    );
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label} className="space-y-3">
      <Alert tone="error">{refusal}</Alert>
      <div className="grid gap-3 sm:grid-cols-4">
        {!id && (
          <TextField
            id={`${prefix}-code`}
            label={t("code")}
            hint={t("codeHint")}
            autoComplete="off"
            compact
            error={errors.code}
            {...register("code")}
          />
        )}
        <TextField
          id={`${prefix}-nameEn`}
          label={t("nameEn")}
          lang="en"
          compact
          error={errors.nameEn}
          {...register("nameEn")}
        />
        <TextField
          id={`${prefix}-nameFr`}
          label={t("nameFr")}
          lang="fr"
          compact
          error={errors.nameFr}
          {...register("nameFr")}
        />
        {kind === "dutyStation" && (
          <TextField
            id={`${prefix}-timeZone`}
            label={t("timeZone")}
            hint={t("timeZoneHint")}
            autoComplete="off"
            compact
            error={errors.timeZone}
            {...register("timeZone")}
          />
        )}
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" pending={isSubmitting} pendingLabel={t("saving")}>
          {id ? t("rename") : t("addButton")}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {done ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
