"use client";
// The viewer's private notes on one session: only they ever read them.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { saveSessionNoteAction } from "@/lib/actions/save-session-note";
import { MAX_NOTE } from "@/lib/domain/session-schedule";
import { useActionVerb } from "@/components/use-action-verb";

export function PrivateNote({
  sessionId,
  initial,
  otherName,
}: {
  sessionId: string;
  initial: string;
  otherName: string;
}) {
  const t = useTranslations("sessions.note");
  const id = useId();
  const { pending, error, run } = useActionVerb();
  const [body, setBody] = useState(initial);
  const [saved, setSaved] = useState(false);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        run(
          () => saveSessionNoteAction({ sessionId, body }),
          () => setSaved(true),
        );
      }}
    >
      <TextAreaField
        id={`${id}-note`}
        label={t("label")}
        hint={t("hint", { name: otherName })}
        rows={4}
        maxLength={MAX_NOTE}
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          setSaved(false);
        }}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" size="sm" pending={pending} pendingLabel={t("saving")}>
          {t("save")}
        </Button>
        <span aria-live="polite" className="text-sm text-emerald-800">
          {saved && !error ? `✓ ${t("saved")}` : ""}
        </span>
      </div>
      <Alert tone="error">{error}</Alert>
    </form>
  );
}
