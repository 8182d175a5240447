"use client";
// Opting out of networking (a pause: requests waiting for an answer are declined with a note) or
// opting in again; opting out confirms first.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
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
  return (
    <div>
      {availability === "paused" ? (
        <Button pending={pending} onClick={() => set("open")}>
          {t("optInAgain")}
        </Button>
      ) : (
        <Button variant="secondary" disabled={pending} onClick={() => setConfirming(true)}>
          {t("optOut")}
        </Button>
      )}
      <ConfirmDialog
        open={confirming}
        onCancel={() => setConfirming(false)}
        confirmLabel={t("confirmOptOut")}
        cancelLabel={t("cancel")}
        pending={pending}
        error={error}
        onConfirm={() => set("paused")}
      >
        {t("optOutWarn")}
      </ConfirmDialog>
      <Alert tone="error" className="mt-2">
        {confirming ? undefined : error}
      </Alert>
    </div>
  );
}
