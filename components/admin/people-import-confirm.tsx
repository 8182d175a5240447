"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { choice, hint } from "@/components/ui/styles";
import { confirmPeopleImportAction } from "@/lib/actions/people-import";
import type { ActionResult } from "@/lib/actions/run-action";

/**
 * Applies a previewed file. "Full list" (people missing from the file leave) asks a second time,
 * showing how many people will be marked as having left; that number is sent with the confirmation.
 */
export function PeopleImportConfirm({ importId, missing }: { importId: string; missing: number }) {
  const t = useTranslations("peopleImport");
  const [fullList, setFullList] = useState(false);
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(confirmPeopleImportAction, null);
  const needsSecondConfirmation = fullList && missing > 0;
  return (
    <div>
      <form
        action={formAction}
        onSubmit={(event) => {
          if (needsSecondConfirmation) {
            event.preventDefault();
            setAsking(true);
          }
        }}
        className="space-y-3"
      >
        <input type="hidden" name="importId" value={importId} />
        <div>
          <label className={choice.label}>
            <input
              type="checkbox"
              name="fullList"
              checked={fullList}
              onChange={(e) => setFullList(e.target.checked)}
              aria-describedby="people-import-full-list-hint"
              className={choice.input}
            />
            <span>{t("fullList")}</span>
          </label>
          <p id="people-import-full-list-hint" className={`${hint} ml-6`}>
            {t("fullListHelp", { count: missing })}
          </p>
        </div>
        <Button type="submit" pending={pending && !asking} pendingLabel={t("applying")}>
          {t("apply")}
        </Button>
        <div aria-live="polite">{!asking && state && !state.ok && <Alert tone="error">{state.error}</Alert>}</div>
      </form>
      <ConfirmDialog
        open={asking}
        onCancel={() => setAsking(false)}
        title={t("confirmLeaveTitle", { count: missing })}
        confirmLabel={t("confirmLeaveButton", { count: missing })}
        cancelLabel={t("cancel")}
        pending={pending}
        pendingLabel={t("applying")}
        error={state && !state.ok ? state.error : undefined}
        action={formAction}
        fields={{ importId, fullList: "on", deactivations: String(missing) }}
      >
        {t("confirmLeave", { count: missing })}
      </ConfirmDialog>
    </div>
  );
}
