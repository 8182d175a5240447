"use client";
// "Join this group": one click takes a seat; a refusal (the group filled meanwhile) says why. The
// pages keep this component in place once the person is a member (`joined`), so that the
// confirmation stays after the refresh that removes the button.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { joinGroupAction } from "@/lib/actions/join-group";

export function JoinGroupButton({ groupId, label, joined }: { groupId: string; label?: string; joined: boolean }) {
  const t = useTranslations("groups");
  const te = useTranslations("errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const join = () =>
    start(async () => {
      setMessage(undefined);
      try {
        const result = await joinGroupAction({ groupId });
        if (result.ok) {
          setMessage({ tone: "success", text: t("joined") });
          router.refresh();
        } else setMessage({ tone: "error", text: result.error });
      } catch {
        setMessage({ tone: "error", text: te("generic") });
      }
    });
  if (joined && !message) return null;
  return (
    <div className="space-y-2">
      {!joined && (
        <Button onClick={join} pending={pending} pendingLabel={t("joining")}>
          {label ?? t("join")}
        </Button>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </div>
  );
}
