"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitRow } from "@/components/ui/submit-row";
import { useActionVerb } from "@/components/use-action-verb";
import { recordSupervisionAttendanceAction } from "@/lib/actions/record-supervision-attendance";

type Answer = "yes" | "no" | "";

/** The supervisor records, for each registered coach, whether they attended. */
export function AttendanceForm({
  sessionId,
  coaches,
}: {
  sessionId: string;
  coaches: { coachProfileId: string; name: string; attended: boolean | null }[];
}) {
  const t = useTranslations("supervisionGroups.attendance");
  const { pending, error, setError, run } = useActionVerb();
  const [saved, setSaved] = useState(false);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(coaches.map((c) => [c.coachProfileId, c.attended === null ? "" : c.attended ? "yes" : "no"])),
  );
  const missing = coaches.filter((c) => !answers[c.coachProfileId]);
  return (
    <form
      noValidate
      aria-label={t("title")}
      className="mt-3 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        if (missing.length) {
          setError(t("missing", { name: missing[0].name }));
          document.getElementById(`attendance-${missing[0].coachProfileId}-yes`)?.focus();
          return;
        }
        run(
          () => recordSupervisionAttendanceAction({ sessionId, attendance: answers }),
          () => setSaved(true),
        );
      }}
    >
      <ul className="divide-y divide-slate-200">
        {coaches.map((c) => (
          <li key={c.coachProfileId} data-testid="attendance-row">
            <fieldset className="flex flex-wrap items-center gap-4 py-2">
              <legend className="float-left mr-4 min-w-48 font-medium">{c.name}</legend>
              {(["yes", "no"] as const).map((value) => (
                <label key={value} className="flex cursor-pointer items-center gap-2">
                  <input
                    type="radio"
                    id={`attendance-${c.coachProfileId}-${value}`}
                    name={`attendance-${c.coachProfileId}`}
                    value={value}
                    checked={answers[c.coachProfileId] === value}
                    onChange={() => setAnswers((a) => ({ ...a, [c.coachProfileId]: value }))}
                    className="accent-brand-600"
                  />
                  {t(value === "yes" ? "attended" : "absent")}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <Alert tone="error">{error}</Alert>
      <SubmitRow pending={pending} label={t("save")} done={saved} doneText={t("saved")} />
    </form>
  );
}
