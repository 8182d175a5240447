"use client";
import { useTranslations } from "next-intl";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/run-action";

/** The foot of each section of the coach's registration: Save, then "Saved." or the refusal. */
export function SaveBar({
  pending,
  result,
  disabled,
}: {
  pending: boolean;
  result: ActionResult | null;
  disabled?: boolean;
}) {
  const t = useTranslations("coachProfile");
  return (
    <div className="mt-5 flex flex-wrap items-center gap-4 border-t border-slate-100 pt-4">
      <Button type="submit" disabled={disabled} pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
      <div aria-live="polite" className="min-w-0 flex-1">
        <ActionResultMessage result={pending ? null : result} success={t("saved")} />
      </div>
    </div>
  );
}
