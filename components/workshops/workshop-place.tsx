"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionVerb } from "@/components/use-action-verb";
import { leaveWorkshopAction } from "@/lib/actions/leave-workshop";
import { registerForWorkshopAction } from "@/lib/actions/register-for-workshop";

/** Register (a seat, or the waiting list when full) or leave, for one workshop on the participant's page. */
export function WorkshopPlace({
  workshopId,
  title,
  status,
  full,
}: {
  workshopId: string;
  title: string;
  status: "registered" | "waitlisted" | null;
  full: boolean;
}) {
  const t = useTranslations("workshops.page");
  const { pending, error, run } = useActionVerb();
  const [done, setDone] = useState<string>();
  if (status) {
    return (
      <div className="space-y-2">
        <Button
          variant="secondary"
          pending={pending}
          aria-label={`${status === "registered" ? t("leave") : t("leaveWaitlist")}: ${title}`}
          onClick={() =>
            run(
              () => leaveWorkshopAction({ workshopId }),
              () => setDone(t("doneLeft")),
            )
          }
        >
          {status === "registered" ? t("leave") : t("leaveWaitlist")}
        </Button>
        <Alert tone="error">{error}</Alert>
        <Alert tone="success" role="status">
          {done}
        </Alert>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <Button
        pending={pending}
        aria-label={`${full ? t("joinWaitlist") : t("register")}: ${title}`}
        onClick={() =>
          run(async () => {
            const result = await registerForWorkshopAction({ workshopId });
            if (result.ok) setDone(result.status === "waitlisted" ? t("doneWaitlisted") : t("doneRegistered"));
            return result;
          })
        }
      >
        {full ? t("joinWaitlist") : t("register")}
      </Button>
      <Alert tone="error">{error}</Alert>
      <Alert tone="success" role="status">
        {done}
      </Alert>
    </div>
  );
}
