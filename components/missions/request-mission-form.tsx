"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { inputClass, labelClass, primaryButton } from "@/components/coach/form-parts";
import { requestMissionAction } from "@/lib/actions/request-mission";
import { MAX_MISSION_TEXT } from "@/lib/domain/mission-terms";
import { requestMissionSchema, type RequestMissionInput } from "@/lib/validation/missions";
import { Alert, FieldMessage } from "./parts";

type Option = { id: string; label: string };
type CoachOption = {
  id: string;
  name: string | null;
  entity: string | null;
  dutyStation: string | null;
  freePlaces: number;
};
const FIELDS = ["coacheeId", "coachProfileId", "hrId", "organisationRequest"] as const;

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
  const te = useTranslations("errors");
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RequestMissionInput>({
    resolver: zodResolver(requestMissionSchema),
    defaultValues: { coacheeId: "", coachProfileId: "", hrId: "", organisationRequest: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    try {
      const result = await requestMissionAction(values);
      if (result.ok) {
        router.push(result.missionId ? `/missions/${result.missionId}?requested=1` : "/missions");
        return;
      }
      if ("field" in result && (FIELDS as readonly string[]).includes(result.field)) {
        setError(
          result.field as (typeof FIELDS)[number],
          { type: "server", message: result.error },
          { shouldFocus: true },
        );
      } else setServerError(result.error);
    } catch {
      setServerError(te("generic"));
    }
  });
  const described = (field: (typeof FIELDS)[number], hint?: string) =>
    [hint, errors[field] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label={t("title")}>
      <Alert text={serverError} />
      <div>
        <label htmlFor="mission-coachee" className={labelClass}>
          {t("coachee")}
        </label>
        <select
          id="mission-coachee"
          className={inputClass}
          aria-invalid={Boolean(errors.coacheeId)}
          aria-describedby={described("coacheeId", "mission-coachee-hint")}
          {...register("coacheeId")}
        >
          <option value="">{t("pick")}</option>
          {coachees.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <p id="mission-coachee-hint" className="mt-1 text-xs text-slate-500">
          {t("coacheeHint")}
        </p>
        <FieldMessage
          id="coacheeId-error"
          message={errors.coacheeId?.message}
          server={errors.coacheeId?.type === "server"}
        />
      </div>
      <div>
        <label htmlFor="mission-coach" className={labelClass}>
          {t("coach")}
        </label>
        <select
          id="mission-coach"
          className={inputClass}
          aria-invalid={Boolean(errors.coachProfileId)}
          aria-describedby={described("coachProfileId")}
          {...register("coachProfileId")}
        >
          <option value="">{t("pick")}</option>
          {coaches.map((c) => (
            <option key={c.id} value={c.id}>
              {[c.name, [c.entity, c.dutyStation].filter(Boolean).join(", "), t("freePlaces", { count: c.freePlaces })]
                .filter(Boolean)
                .join(" · ")}
            </option>
          ))}
        </select>
        <FieldMessage
          id="coachProfileId-error"
          message={errors.coachProfileId?.message}
          server={errors.coachProfileId?.type === "server"}
        />
      </div>
      <div>
        <label htmlFor="mission-hr" className={labelClass}>
          {t("hr")}
        </label>
        <select
          id="mission-hr"
          className={inputClass}
          aria-invalid={Boolean(errors.hrId)}
          aria-describedby={described("hrId", "mission-hr-hint")}
          {...register("hrId")}
        >
          <option value="">{t("noHr")}</option>
          {hrPeople.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <p id="mission-hr-hint" className="mt-1 text-xs text-slate-500">
          {t("hrHint")}
        </p>
        <FieldMessage id="hrId-error" message={errors.hrId?.message} server={errors.hrId?.type === "server"} />
      </div>
      <div>
        <label htmlFor="mission-request" className={labelClass}>
          {t("organisationRequest")}
        </label>
        <p id="mission-request-hint" className="text-sm text-slate-600">
          {t("organisationRequestHint")}
        </p>
        <textarea
          id="mission-request"
          rows={7}
          maxLength={MAX_MISSION_TEXT}
          className={inputClass}
          aria-invalid={Boolean(errors.organisationRequest)}
          aria-describedby={described("organisationRequest", "mission-request-hint")}
          {...register("organisationRequest")}
        />
        <FieldMessage
          id="organisationRequest-error"
          message={errors.organisationRequest?.message}
          server={errors.organisationRequest?.type === "server"}
        />
      </div>
      <p className="rounded border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">{t("confidentiality")}</p>
      <div className="border-t border-slate-100 pt-4">
        <button type="submit" disabled={isSubmitting} className={primaryButton}>
          {isSubmitting ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}
