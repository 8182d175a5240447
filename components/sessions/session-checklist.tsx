"use client";
// The viewer's own "before / during / after" checklist of one session: each tick is saved at once.
import { useTranslations } from "next-intl";
import { useState } from "react";
import { setChecklistTickAction } from "@/lib/actions/set-checklist-tick";
import { useActionVerb } from "@/components/use-action-verb";
import { Alert } from "@/components/ui/alert";

export type ChecklistGroup = { phase: string; title: string; items: { key: string; label: string; ticked: boolean }[] };

export function SessionChecklist({
  sessionId,
  groups,
  readOnly,
}: {
  sessionId: string;
  groups: ChecklistGroup[];
  readOnly: boolean;
}) {
  const t = useTranslations("sessions.checklist");
  const { error, run } = useActionVerb();
  const [ticked, setTicked] = useState(
    () => new Set(groups.flatMap((g) => g.items.filter((i) => i.ticked).map((i) => i.key))),
  );
  const toggle = (key: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(key);
    else next.delete(key);
    setTicked(next);
    run(() =>
      setChecklistTickAction({ sessionId, itemKey: key, ticked: on }).then((r) => {
        if (!r.ok) setTicked(new Set(ticked));
        return r;
      }),
    );
  };
  return (
    <div className="space-y-4">
      {groups.map((g) => (
        <fieldset key={g.phase}>
          <legend className="text-sm font-semibold text-slate-800">{g.title}</legend>
          <ul className="mt-1 space-y-1">
            {g.items.map((item) => (
              <li key={item.key}>
                <label className="flex cursor-pointer items-start gap-2 rounded px-1 py-0.5 text-sm text-slate-700 hover:bg-slate-50">
                  <input
                    type="checkbox"
                    className="mt-0.5 h-4 w-4 shrink-0 accent-emerald-600"
                    checked={ticked.has(item.key)}
                    disabled={readOnly}
                    onChange={(e) => toggle(item.key, e.target.checked)}
                  />
                  <span className={ticked.has(item.key) ? "text-slate-500 line-through decoration-slate-400" : ""}>
                    {item.label}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <p className="text-xs text-slate-500">{t("own")}</p>
      <Alert tone="error">{error}</Alert>
    </div>
  );
}
