"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select";
import { useActionVerb } from "@/components/use-action-verb";
import { setSupervisorAction } from "@/lib/actions/set-supervisor";

/** A programme admin names approved coaches supervisors, or withdraws it. */
export function SupervisorsEditor({
  supervisors,
  coaches,
}: {
  supervisors: { profileId: string; name: string }[];
  coaches: { profileId: string; name: string }[];
}) {
  const t = useTranslations("supervisionGroups.supervisors");
  const { pending, error, run } = useActionVerb();
  const [choice, setChoice] = useState("");
  return (
    <div className="mt-3 space-y-4">
      {supervisors.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={t("listLabel")}>
          {supervisors.map((s) => (
            <li key={s.profileId} className="flex items-center justify-between gap-3 py-2" data-testid="supervisor">
              <span className="font-medium">{s.name}</span>
              <Button
                variant="quiet"
                tone="danger"
                disabled={pending}
                aria-label={t("withdrawNamed", { name: s.name })}
                onClick={() => run(() => setSupervisorAction({ coachProfileId: s.profileId, supervisor: false }))}
              >
                {t("withdraw")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {coaches.length > 0 && (
        <form
          className="flex flex-wrap items-end gap-3"
          aria-label={t("name")}
          onSubmit={(e) => {
            e.preventDefault();
            run(
              () => setSupervisorAction({ coachProfileId: choice, supervisor: true }),
              () => setChoice(""),
            );
          }}
        >
          <SelectField
            id="supervisor-coach"
            label={t("coach")}
            placeholder={t("choose")}
            options={coaches.map((c) => ({ value: c.profileId, label: c.name }))}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
          />
          <Button type="submit" variant="secondary" pending={pending}>
            {t("name")}
          </Button>
        </form>
      )}
      <Alert tone="error">{error}</Alert>
    </div>
  );
}
