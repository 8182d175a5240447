"use client";
import { useActionState, useState } from "react";
import { ActionResultMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/choices";
import { acceptEngagementAgreementAction } from "@/lib/actions/accept-engagement-agreement";
import type { ActionResult } from "@/lib/actions/run-action";

/** Tick that the agreement was read, then accept it: records the version read and the date. */
export function AcceptAgreementForm({
  engagementId,
  version,
  labels,
}: {
  engagementId: string;
  version: string;
  labels: { confirm: string; button: string; pending: string };
}) {
  const [state, accept, pending] = useActionState<ActionResult | null, FormData>(acceptEngagementAgreementAction, null);
  const [ticked, setTicked] = useState(false);
  return (
    <form action={accept} className="space-y-3">
      <input type="hidden" name="engagementId" value={engagementId} />
      <input type="hidden" name="version" value={version} />
      <Choice
        type="checkbox"
        name="accept"
        required
        checked={ticked}
        onChange={(e) => setTicked(e.currentTarget.checked)}
        label={labels.confirm}
        className="font-medium text-slate-800"
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={!ticked} pending={pending} pendingLabel={labels.pending}>
          {labels.button}
        </Button>
        <div aria-live="polite">{state && !state.ok && <ActionResultMessage result={state} />}</div>
      </div>
    </form>
  );
}
