"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { recordDepartureAction } from "@/lib/actions/people";
import type { ActionResult } from "@/lib/actions/run-action";
import { setPersonDisabledAction } from "@/lib/actions/set-person-disabled";

/**
 * Access to Binôme: disable (reversible, nothing else changes), enable (also clears a departure,
 * without bringing back what it ended), and "left the organisation" after a confirmation.
 */
export function PersonAccess({
  personId,
  name,
  status,
}: {
  personId: string;
  name: string;
  status: "active" | "disabled" | "left";
}) {
  const t = useTranslations("people.person");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [toggleState, toggle, toggling] = useActionState<ActionResult | null, FormData>(setPersonDisabledAction, null);
  const [leaveState, leave, leaving] = useActionState<ActionResult | null, FormData>(recordDepartureAction, null);
  useEffect(() => {
    if (toggleState?.ok || leaveState?.ok) router.refresh();
  }, [toggleState, leaveState, router]);
  const error = toggleState && !toggleState.ok ? toggleState.error : undefined;
  const disabled = status !== "active";
  return (
    <div className="space-y-3">
      <Alert tone="error">{error}</Alert>
      <p className="text-sm text-slate-700">
        {status === "left" ? t("enableLeftHelp") : disabled ? t("enableHelp") : t("disableHelp")}
      </p>
      <div className="flex flex-wrap gap-3">
        <form action={toggle}>
          <input type="hidden" name="userId" value={personId} />
          <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
          <Button type="submit" variant="secondary" pending={toggling}>
            {disabled ? t("enable") : t("disable")}
          </Button>
        </form>
        {status !== "left" && (
          <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
            {t("leave")}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming && !leaveState?.ok}
        onCancel={() => setConfirming(false)}
        title={t("leaveTitle", { name })}
        confirmLabel={t("leaveConfirm")}
        cancelLabel={t("cancel")}
        pending={leaving}
        error={leaveState && !leaveState.ok ? leaveState.error : undefined}
        action={leave}
        fields={{ userId: personId }}
      >
        <p>{t("leaveExplained")}</p>
      </ConfirmDialog>
    </div>
  );
}
