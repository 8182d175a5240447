"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceList } from "@/components/ui/choices";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { saveResourceAction } from "@/lib/actions/save-resource";
import { RESOURCE_KINDS, RESOURCE_LANGUAGES } from "@/lib/domain/resources";
import { resourceSchema, type ResourceInput } from "@/lib/validation/resources";

const FIELDS = [
  "programmeId",
  "titleEn",
  "titleFr",
  "descriptionEn",
  "descriptionFr",
  "languages",
  "tags",
  "kind",
  "url",
  "stepKeys",
] as const satisfies readonly (keyof ResourceInput)[];

export type StepOption = { value: string; label: string };
export type PlanSteps = { plan: string; name: string; steps: StepOption[] };

/**
 * A resource's texts (English and/or French), languages, kind, tags, link and the sessions of the
 * programme's plan it belongs to: without `resourceId` it publishes one, with it it changes one.
 * The sessions offered follow the programme chosen (every plan's for "All programmes"). A refusal
 * keeps what was typed and shows the message beside its field.
 */
export function ResourceForm({
  resourceId,
  values,
  programmes,
  plans,
  hasFile = false,
}: {
  resourceId?: string;
  values: ResourceInput;
  programmes: readonly { id: string; name: string; plan: string }[];
  plans: readonly PlanSteps[];
  hasFile?: boolean;
}) {
  const t = useTranslations("resources.form");
  const tk = useTranslations("resources.kind");
  const tl = useTranslations("resources.languageName");
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<ResourceInput>({ resolver: zodResolver(resourceSchema), defaultValues: values });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const programmeId = useWatch({ control, name: "programmeId" });
  const plan = programmes.find((p) => p.id === programmeId)?.plan;
  const shown = plan ? plans.filter((p) => p.plan === plan) : plans;

  const onSubmit = handleSubmit((v) =>
    send(
      () => saveResourceAction({ resourceId, values: v }),
      (result) => {
        const id = resourceId ?? ("id" in result ? result.id : undefined);
        router.push(id ? `/admin/resources/${id}?saved=1` : "/admin/resources");
        router.refresh();
      },
    ),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Alert tone="error">{refusal}</Alert>
      <SelectField
        id="resource-programmeId"
        label={t("programme")}
        hint={t("programmeHelp")}
        options={[{ value: "", label: t("allProgrammes") }, ...programmes.map((p) => ({ value: p.id, label: p.name }))]}
        error={errors.programmeId}
        {...register("programmeId")}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="resource-titleEn"
          label={t("titleEn")}
          hint={t("titleHelp")}
          lang="en"
          error={errors.titleEn}
          {...register("titleEn")}
        />
        <TextField
          id="resource-titleFr"
          label={t("titleFr")}
          hint={t("titleHelp")}
          lang="fr"
          error={errors.titleFr}
          {...register("titleFr")}
        />
        <TextAreaField
          id="resource-descriptionEn"
          label={t("descriptionEn")}
          lang="en"
          rows={3}
          error={errors.descriptionEn}
          {...register("descriptionEn")}
        />
        <TextAreaField
          id="resource-descriptionFr"
          label={t("descriptionFr")}
          lang="fr"
          rows={3}
          error={errors.descriptionFr}
          {...register("descriptionFr")}
        />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <ChoiceList<ResourceInput>
          legend={t("languages")}
          name="languages"
          idPrefix="resource-"
          options={RESOURCE_LANGUAGES.map((l) => ({ value: l, label: tl(l) }))}
          register={register}
          error={errors.languages}
          columns={2}
        />
        <SelectField
          id="resource-kind"
          label={t("kind")}
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: tk(k) }))}
          error={errors.kind}
          {...register("kind")}
        />
        <TextField
          id="resource-tags"
          label={t("tags")}
          hint={t("tagsHelp")}
          autoComplete="off"
          error={errors.tags}
          {...register("tags")}
        />
        {!hasFile && (
          <TextField
            id="resource-url"
            label={t("url")}
            hint={t("urlHelp")}
            type="url"
            autoComplete="off"
            error={errors.url}
            {...register("url")}
          />
        )}
      </div>
      {shown.map((p) => (
        <ChoiceList<ResourceInput>
          key={p.plan}
          legend={plans.length > 1 && !plan ? `${t("steps")} — ${p.name}` : t("steps")}
          hint={t("stepsHelp")}
          name="stepKeys"
          idPrefix={`resource-${p.plan}-`}
          options={p.steps}
          register={register}
          error={errors.stepKeys}
          columns={2}
        />
      ))}
      <div className="flex items-center gap-4 border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("saving")}>
          {resourceId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
