"use client";
// A coach opens a group: the cohort, its seats (3 to 8), its title and description in both
// languages and an optional video-call link. A refusal keeps everything typed.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { createGroupAction } from "@/lib/actions/create-group";
import { GROUP_SIZE_MAX, GROUP_SIZE_MIN, MAX_GROUP_DESCRIPTION, MAX_GROUP_TITLE } from "@/lib/domain/group-coaching";
import { createGroupSchema, type CreateGroupFormInput, type CreateGroupFormValues } from "@/lib/validation/groups";

const FIELDS = ["cohortId", "capacity", "titleEn", "titleFr", "descriptionEn", "descriptionFr", "meetingUrl"] as const;

export function CreateGroupForm({ cohorts }: { cohorts: { id: string; label: string }[] }) {
  const t = useTranslations("groups.form");
  const router = useRouter();
  const [created, setCreated] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CreateGroupFormInput, unknown, CreateGroupFormValues>({
    resolver: zodResolver(createGroupSchema),
    defaultValues: {
      cohortId: cohorts.length === 1 ? cohorts[0].id : "",
      capacity: 6,
      titleEn: "",
      titleFr: "",
      descriptionEn: "",
      descriptionFr: "",
      meetingUrl: "",
    },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((values) =>
    send(
      () => createGroupAction(values),
      () => {
        setCreated(true);
        reset();
        router.refresh();
      },
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("submit")}>
      <Alert tone="error">{refusal}</Alert>
      {created && <Alert tone="success">{t("created")}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="group-cohort"
          label={t("cohort")}
          options={cohorts.map((c) => ({ value: c.id, label: c.label }))}
          placeholder={cohorts.length === 1 ? undefined : ""}
          error={errors.cohortId}
          {...register("cohortId")}
        />
        <TextField
          id="group-capacity"
          label={t("capacity")}
          hint={t("capacityHint")}
          type="number"
          min={GROUP_SIZE_MIN}
          max={GROUP_SIZE_MAX}
          inputMode="numeric"
          error={errors.capacity}
          {...register("capacity")}
        />
        <TextField
          id="group-title-en"
          label={t("titleEn")}
          lang="en"
          maxLength={MAX_GROUP_TITLE}
          error={errors.titleEn}
          {...register("titleEn")}
        />
        <TextField
          id="group-title-fr"
          label={t("titleFr")}
          lang="fr"
          maxLength={MAX_GROUP_TITLE}
          error={errors.titleFr}
          {...register("titleFr")}
        />
        <TextAreaField
          id="group-description-en"
          label={t("descriptionEn")}
          lang="en"
          rows={3}
          maxLength={MAX_GROUP_DESCRIPTION}
          error={errors.descriptionEn}
          {...register("descriptionEn")}
        />
        <TextAreaField
          id="group-description-fr"
          label={t("descriptionFr")}
          lang="fr"
          rows={3}
          maxLength={MAX_GROUP_DESCRIPTION}
          error={errors.descriptionFr}
          {...register("descriptionFr")}
        />
        <TextField
          id="group-meeting-url"
          className="sm:col-span-2"
          label={t("meetingUrl")}
          hint={t("meetingUrlHint")}
          type="url"
          error={errors.meetingUrl}
          {...register("meetingUrl")}
        />
      </div>
      <Button type="submit" pending={isSubmitting} pendingLabel={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
