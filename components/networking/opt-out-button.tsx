"use client";
// Opting out of networking (a pause: requests waiting for an answer are declined with a note) or
// opting in again; opting out confirms first.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButton, secondaryButton } from "@/components/coach/form-parts";
import { InlineAlert } from "@/components/inline-alert";
import { useActionVerb } from "@/components/use-action-verb";
import { setProfileAvailabilityAction } from "@/lib/actions/set-profile-availability";

export function OptOutButton({ availability }: { availability: "open" | "paused" }) {
  const t = useTranslations("networking.own");
  const { pending, error, run } = useActionVerb();
  const [confirming, setConfirming] = useState(false);
  const set = (value: "open" | "paused") =>
    run(
      () => setProfileAvailabilityAction({ availability: value, kind: "networking" }),
      () => setConfirming(false),
    );
  if (availability === "paused") {
    return (
      <div>
        <button type="button" disabled={pending} className={primaryButton} onClick={() => set("open")}>
          {t("optInAgain")}
        </button>
        <InlineAlert text={error} />
      </div>
    );
  }
  return (
    <div>
      {confirming ? (
        <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-950">{t("optOutWarn")}</p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              disabled={pending}
              className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
              onClick={() => set("paused")}
            >
              {t("confirmOptOut")}
            </button>
            <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(false)}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" disabled={pending} className={secondaryButton} onClick={() => setConfirming(true)}>
          {t("optOut")}
        </button>
      )}
      <InlineAlert text={error} />
    </div>
  );
}
