"use client";
// The viewer's private notes on one session: only they ever read them.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { inputClass, secondaryButton } from "@/components/coach/form-parts";
import { saveSessionNoteAction } from "@/lib/actions/save-session-note";
import { MAX_NOTE } from "@/lib/domain/session-schedule";
import { useActionVerb } from "@/components/use-action-verb";
import { InlineAlert } from "@/components/inline-alert";

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
      <label htmlFor={`${id}-note`} className="block text-sm font-medium text-slate-800">
        {t("label")}
      </label>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {t("hint", { name: otherName })}
      </p>
      <textarea
        id={`${id}-note`}
        rows={4}
        maxLength={MAX_NOTE}
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          setSaved(false);
        }}
        aria-describedby={`${id}-hint`}
        className={inputClass}
      />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={secondaryButton}>
          {pending ? t("saving") : t("save")}
        </button>
        <span aria-live="polite" className="text-sm text-emerald-800">
          {saved && !error ? `✓ ${t("saved")}` : ""}
        </span>
      </div>
      <InlineAlert text={error} />
    </form>
  );
}
