"use client";
// A coachee's own request to a sponsor, and that sponsor taking it up.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { useFormAction } from "@/components/use-form-action";
import { askMissionSponsorAction, takeUpMissionRequestAction } from "@/lib/actions/mission-sponsorship";
import { MAX_MISSION_TEXT } from "@/lib/domain/mission-terms";
import {
  askMissionSponsorSchema,
  takeUpMissionRequestSchema,
  type AskMissionSponsorInput,
  type TakeUpMissionRequestInput,
} from "@/lib/validation/missions";
import { TextLanguageField, useWritingLanguage } from "./text-language-field";

type Option = { id: string; label: string };
const options = (list: Option[]) => list.map((p) => ({ value: p.id, label: p.label }));

export function AskSponsorForm({ sponsors, coaches }: { sponsors: Option[]; coaches: Option[] }) {
  const t = useTranslations("missions.sponsorship");
  const tn = useTranslations("missions.new");
  const router = useRouter();
  const language = useWritingLanguage();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AskMissionSponsorInput>({
    resolver: zodResolver(askMissionSponsorSchema),
    defaultValues: { sponsorId: "", coachProfileId: "", coacheeRequest: "", language },
  });
  const { refusal, send } = useFormAction(setError, ["sponsorId", "coachProfileId", "coacheeRequest", "language"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => askMissionSponsorAction(values),
      () => router.push("/missions?asked=1"),
    ),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("askTitle")}>
      <Alert tone="error">{refusal}</Alert>
      <SelectField
        id="sponsorship-sponsor"
        label={t("sponsor")}
        hint={t("sponsorHint")}
        placeholder={tn("pick")}
        options={options(sponsors)}
        error={errors.sponsorId}
        {...register("sponsorId")}
      />
      <SelectField
        id="sponsorship-coach"
        label={t("coach")}
        placeholder={tn("pick")}
        options={options(coaches)}
        error={errors.coachProfileId}
        {...register("coachProfileId")}
      />
      <TextAreaField
        id="sponsorship-request"
        label={t("request")}
        hint={t("requestHint")}
        rows={6}
        maxLength={MAX_MISSION_TEXT}
        error={errors.coacheeRequest}
        {...register("coacheeRequest")}
      />
      <TextLanguageField id="sponsorship-language" registration={register("language")} />
      <div className="border-t border-slate-100 pt-4">
        <Button type="submit" pending={isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}

export function TakeUpForm({
  requestId,
  hrPeople,
  coachee,
}: {
  requestId: string;
  hrPeople: Option[];
  coachee: string;
}) {
  const t = useTranslations("missions.sponsorship");
  const tn = useTranslations("missions.new");
  const router = useRouter();
  const language = useWritingLanguage();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TakeUpMissionRequestInput>({
    resolver: zodResolver(takeUpMissionRequestSchema),
    defaultValues: { requestId, hrId: "", organisationRequest: "", language },
  });
  const { refusal, send } = useFormAction(setError, ["hrId", "organisationRequest", "language"]);
  const onSubmit = handleSubmit((values) =>
    send(
      () => takeUpMissionRequestAction(values),
      (result) =>
        router.push(
          "missionId" in result && result.missionId ? `/missions/${result.missionId}?requested=1` : "/missions",
        ),
    ),
  );
  const id = `take-up-${requestId}`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("takeUpTitle", { coachee })}>
      <Alert tone="error">{refusal}</Alert>
      <SelectField
        id={`${id}-hr`}
        label={tn("hr")}
        hint={tn("hrHint")}
        placeholder={tn("noHr")}
        options={options(hrPeople)}
        error={errors.hrId}
        {...register("hrId")}
      />
      <TextAreaField
        id={`${id}-request`}
        label={tn("organisationRequest")}
        hint={tn("organisationRequestHint")}
        rows={5}
        maxLength={MAX_MISSION_TEXT}
        error={errors.organisationRequest}
        {...register("organisationRequest")}
      />
      <TextLanguageField id={`${id}-language`} registration={register("language")} />
      <Button type="submit" pending={isSubmitting}>
        {t("takeUp")}
      </Button>
    </form>
  );
}
