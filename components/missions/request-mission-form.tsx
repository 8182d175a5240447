"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { requestMissionAction } from "@/lib/actions/request-mission";
import { MAX_MISSION_TEXT } from "@/lib/domain/mission-terms";
import { requestMissionSchema, type RequestMissionInput } from "@/lib/validation/missions";
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

type Option = { id: string; label: string };
type CoachOption = {
  id: string;
  name: string | null;
  entity: string | null;
  dutyStation: string | null;
  freePlaces: number;
};
const FIELDS = ["coacheeId", "coachProfileId", "hrId", "organisationRequest", "language"] as const;

/** The sponsor's request: who is coached, by whom, with whom from HR, and the organisation's request. */
export function RequestMissionForm({
  coachees,
  coaches,
  hrPeople,
}: {
  coachees: Option[];
  coaches: CoachOption[];
  hrPeople: Option[];
}) {
  const t = useTranslations("missions.new");
  const router = useRouter();
  const language = useWritingLanguage();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestMissionInput>({
    resolver: zodResolver(requestMissionSchema),
    defaultValues: {
      coacheeId: "",
      coachProfileId: "",
      hrId: "",
      organisationRequest: "",
      language,
    },
  });
  const { refusal, send } = useFormAction(setError, FIELDS);
  const onSubmit = handleSubmit((values) =>
    send(
      () => requestMissionAction(values),
      (result) =>
        router.push(
          "missionId" in result && result.missionId ? `/missions/${result.missionId}?requested=1` : "/missions",
        ),
    ),
  );
  const people = (list: Option[]) => list.map((p) => ({ value: p.id, label: p.label }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("title")}>
      <Alert tone="error">{refusal}</Alert>
      <SelectField
        id="mission-coachee"
        label={t("coachee")}
        hint={t("coacheeHint")}
        placeholder={t("pick")}
        options={people(coachees)}
        error={errors.coacheeId}
        {...register("coacheeId")}
      />
      <SelectField
        id="mission-coach"
        label={t("coach")}
        placeholder={t("pick")}
        options={coaches.map((c) => ({
          value: c.id,
          label: [
            c.name,
            [c.entity, c.dutyStation].filter(Boolean).join(", "),
            t("freePlaces", { count: c.freePlaces }),
          ]
            .filter(Boolean)
            .join(" · "),
        }))}
        error={errors.coachProfileId}
        {...register("coachProfileId")}
      />
      <SelectField
        id="mission-hr"
        label={t("hr")}
        hint={t("hrHint")}
        placeholder={t("noHr")}
        options={people(hrPeople)}
        error={errors.hrId}
        {...register("hrId")}
      />
      <TextAreaField
        id="mission-request"
        label={t("organisationRequest")}
        hint={t("organisationRequestHint")}
        rows={7}
        maxLength={MAX_MISSION_TEXT}
        error={errors.organisationRequest}
        {...register("organisationRequest")}
      />
      <TextLanguageField id="mission-request-language" registration={register("language")} />
      <Alert tone="info">{t("confidentiality")}</Alert>
      <div className="border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting} pendingLabel={t("sending")}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
