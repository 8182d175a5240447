"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { ConfirmDialog } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionVerb } from "@/components/use-action-verb";
import { deleteSupervisionRecordAction, recordSupervisionAction } from "@/lib/actions/supervision";
import { MAX_SUPERVISOR } from "@/lib/domain/supervision";
import { recordSupervisionSchema, type RecordSupervisionInput } from "@/lib/validation/supervision";

/** A coach records one supervision session: when, with whom, and whether they attended. */
export function SupervisionForm({ today, lastSupervisor }: { today: string; lastSupervisor: string }) {
  const t = useTranslations("supervision.form");
  const { pending, error, run } = useActionVerb();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<RecordSupervisionInput>({
    resolver: zodResolver(recordSupervisionSchema),
    defaultValues: { heldOn: today, supervisor: lastSupervisor, attended: "yes" },
  });
  return (
    <form
      noValidate
      aria-label={t("title")}
      className="space-y-4"
      onSubmit={handleSubmit((values) => {
        setSaved(false);
        run(
          () => recordSupervisionAction(values),
          () => {
            reset({ heldOn: today, supervisor: values.supervisor, attended: "yes" });
            setSaved(true);
          },
        );
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="supervision-date"
          label={t("date")}
          type="date"
          max={today}
          error={errors.heldOn}
          {...register("heldOn")}
        />
        <TextField
          id="supervision-supervisor"
          label={t("supervisor")}
          hint={t("supervisorHint")}
          maxLength={MAX_SUPERVISOR}
          error={errors.supervisor}
          {...register("supervisor")}
        />
      </div>
      <ChoiceList
        type="radio"
        legend={t("attended")}
        name="attended"
        options={[
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ]}
        register={register}
        error={errors.attended}
        columns={3}
        idPrefix="supervision-"
      />
      <Alert tone="error">{error}</Alert>
      <SubmitRow pending={pending} label={t("save")} done={saved} doneText={t("saved")} />
    </form>
  );
}

/** "Delete" on one supervision record, confirmed first. */
export function DeleteSupervisionRecord({ recordId, label }: { recordId: string; label: string }) {
  const t = useTranslations("supervision");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <Button
        variant="quiet"
        tone="danger"
        onClick={() => setConfirming(true)}
        aria-label={`${t("delete")} — ${label}`}
      >
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        title={t("confirmDelete")}
        confirmLabel={t("delete")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() =>
          run(
            () => deleteSupervisionRecordAction({ recordId }),
            () => setConfirming(false),
          )
        }
      >
        {label}
      </ConfirmDialog>
    </div>
  );
}
