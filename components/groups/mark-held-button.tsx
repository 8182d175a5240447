"use client";
// The coach marks a group session held: members may then evaluate it. The page keeps this component
// in place once the session is held (`held`), so that its confirmation stays after the refresh
// that removes the button.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { markGroupSessionHeldAction } from "@/lib/actions/mark-group-session-held";

export function MarkHeldButton({
  groupId,
  sessionId,
  title,
  held,
}: {
  groupId: string;
  sessionId: string;
  title: string;
  held: boolean;
}) {
  const t = useTranslations("groups.held");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const mark = () =>
    start(async () => {
      setMessage(undefined);
      try {
        const result = await markGroupSessionHeldAction({ groupId, sessionId });
        if (result.ok) {
          setMessage({ tone: "success", text: t("done") });
          router.refresh();
        } else setMessage({ tone: "error", text: result.error });
      } catch {
        setMessage({ tone: "error", text: te("generic") });
      }
    });
  if (held && !message) return null;
  return (
    <div className="mt-3 space-y-2">
      {!held && (
        <Button variant="secondary" onClick={mark} pending={pending} pendingLabel={t("marking")}>
          {t("mark", { title })}
        </Button>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
