"use client";
import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";
import { type FieldProblem, FieldGroup, TextField } from "@/components/ui/field";
import { MAX_LOCATION } from "@/lib/domain/session-schedule";
import { SESSION_MODES, type SessionModeInput } from "@/lib/validation/sessions";

/**
 * How a session is held (in person, video, phone) and where: the place, the link or the number,
 * as the mode asks. Shared by proposing a time and booking a slot; a video session may leave its
 * link empty when the engagement has one (`defaultLink`).
 */
export function MeetingPlaceFields({
  id,
  mode,
  defaultLink,
  modeField,
  locationField,
  errors,
}: {
  id: string;
  mode: SessionModeInput | undefined;
  defaultLink: string | null | undefined;
  modeField: UseFormRegisterReturn;
  locationField: UseFormRegisterReturn;
  errors: { mode?: FieldProblem; location?: FieldProblem };
}) {
  const t = useTranslations("sessions.propose");
  const tm = useTranslations("sessions.modes");
  const tl = useTranslations("meetingLink");
  const locationLabel = mode === "video" ? t("link") : mode === "in_person" ? t("place") : t("phone");
  return (
    <>
      <FieldGroup id={`${id}-mode`} legend={t("mode")} error={errors.mode}>
        <div className="mt-1 flex flex-wrap gap-2">
          {SESSION_MODES.map((m) => (
            <label
              key={m}
              className="flex cursor-pointer items-center gap-2 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input type="radio" value={m} className="accent-brand-600" {...modeField} />
              {tm(m)}
            </label>
          ))}
        </div>
      </FieldGroup>
      <TextField
        id={`${id}-location`}
        label={locationLabel}
        type={mode === "video" ? "url" : "text"}
        maxLength={MAX_LOCATION}
        placeholder={mode === "video" ? "https://" : undefined}
        hint={mode === "video" && defaultLink ? tl("proposeHint", { url: defaultLink }) : undefined}
        error={errors.location}
        {...locationField}
      />
    </>
  );
}
