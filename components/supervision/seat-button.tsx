"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionVerb } from "@/components/use-action-verb";
import { registerSupervisionSessionAction } from "@/lib/actions/register-supervision-session";
import { unregisterSupervisionSessionAction } from "@/lib/actions/unregister-supervision-session";

/** "Register" for a group supervision session, or "Give up my seat" once registered. */
export function SeatButton({
  sessionId,
  registered,
  full,
  label,
}: {
  sessionId: string;
  registered: boolean;
  full: boolean;
  /** The session, as read aloud after the button's text. */
  label: string;
}) {
  const t = useTranslations("supervisionGroups.coach");
  const { pending, error, run } = useActionVerb();
  return (
    <div className="space-y-1">
      {registered ? (
        <Button
          variant="secondary"
          pending={pending}
          aria-label={`${t("unregister")} — ${label}`}
          onClick={() => run(() => unregisterSupervisionSessionAction({ sessionId }))}
        >
          {t("unregister")}
        </Button>
      ) : full ? (
        <span className="text-sm text-slate-600">{t("full")}</span>
      ) : (
        <Button
          pending={pending}
          aria-label={`${t("register")} — ${label}`}
          onClick={() => run(() => registerSupervisionSessionAction({ sessionId }))}
        >
          {t("register")}
        </Button>
      )}
      <Alert tone="error">{error}</Alert>
    </div>
  );
}
