"use client";
// "Book a slot": the slots the coach (or mentor) offers for this session, grouped by day in the
// viewer's own zone (the coach's zone named), with how they will meet. A slot taken meanwhile is
// refused beside the list; what was chosen and typed stays.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldGroup } from "@/components/ui/field";
import { useFormAction } from "@/components/use-form-action";
import { MeetingPlaceFields } from "./meeting-place-fields";
import { bookSessionSlotAction } from "@/lib/actions/book-session-slot";
import { slotsByDay } from "@/lib/domain/availability";
import { bookSlotSchema, type BookSlotForm as BookSlotValues } from "@/lib/validation/availability";
import type { SessionModeInput } from "@/lib/validation/sessions";

export type BookingOfferProps = {
  slots: string[];
  viewerZone: string;
  coachZone: string;
  otherName: string;
  needsConfirmation: boolean;
  mode: SessionModeInput;
  location: string;
  /** The engagement's default meeting link, used when a video session gives none. */
  defaultLink: string | null;
};

const zoneName = (zone: string) => zone.replace(/_/g, " ");

export function BookSlotForm({
  sessionId,
  offer,
  onClose,
}: {
  sessionId: string;
  offer: BookingOfferProps;
  onClose: () => void;
}) {
  const t = useTranslations("booking");
  const tp = useTranslations("sessions.propose");
  const format = useFormatter();
  const router = useRouter();
  const id = useId();
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<BookSlotValues>({
    resolver: zodResolver(bookSlotSchema),
    defaultValues: {
      sessionId,
      startsAt: "",
      mode: offer.mode,
      location: offer.location,
      defaultLink: Boolean(offer.defaultLink),
    },
  });
  const { refusal, send } = useFormAction(setError, ["startsAt", "mode", "location"]);
  const mode = useWatch({ control, name: "mode" });
  const onSubmit = handleSubmit((values) =>
    send(
      () => bookSessionSlotAction(values),
      () => {
        onClose();
        router.refresh();
      },
    ),
  );
  const days = slotsByDay(
    offer.slots.map((s) => new Date(s)),
    offer.viewerZone,
  );
  const time = (d: Date, zone = offer.viewerZone) => format.dateTime(d, { timeStyle: "short", timeZone: zone });
  const dayLabel = (d: Date) => format.dateTime(d, { dateStyle: "full", timeZone: offer.viewerZone });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-3 space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4"
      aria-label={t("formLabel")}
    >
      <Alert tone="error">{refusal}</Alert>
      <input type="hidden" {...register("sessionId")} />
      <FieldGroup
        id={`${id}-slot`}
        legend={t("choose")}
        hint={
          offer.coachZone === offer.viewerZone
            ? t("zoneHint", { zone: zoneName(offer.viewerZone) })
            : t("zoneHintOther", {
                zone: zoneName(offer.viewerZone),
                name: offer.otherName,
                coachZone: zoneName(offer.coachZone),
              })
        }
        error={errors.startsAt}
      >
        <div className="mt-2 max-h-96 space-y-3 overflow-y-auto pr-1">
          {days.map((d) => (
            <fieldset key={d.day} className="min-w-0">
              <legend className="text-sm font-semibold text-slate-800">{dayLabel(d.slots[0])}</legend>
              <div className="mt-1 flex flex-wrap gap-2">
                {d.slots.map((s) => (
                  <label
                    key={s.toISOString()}
                    className="flex cursor-pointer items-center gap-2 rounded border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                  >
                    <input
                      type="radio"
                      value={s.toISOString()}
                      className="accent-brand-600"
                      aria-label={`${dayLabel(s)} ${time(s)}`}
                      {...register("startsAt")}
                    />
                    {time(s)}
                    {offer.coachZone !== offer.viewerZone && (
                      <span className="text-slate-600">({time(s, offer.coachZone)})</span>
                    )}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      </FieldGroup>
      <MeetingPlaceFields
        id={id}
        mode={mode}
        defaultLink={offer.defaultLink}
        modeField={register("mode")}
        locationField={register("location")}
        errors={errors}
      />
      <p className="text-sm text-slate-700">
        {offer.needsConfirmation ? t("needsConfirmation", { name: offer.otherName }) : t("immediate")}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={isSubmitting} pendingLabel={tp("sending")}>
          {t("submit")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {tp("close")}
        </Button>
      </div>
    </form>
  );
}
