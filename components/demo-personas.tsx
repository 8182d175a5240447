"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { signInAsDemoPersona } from "@/lib/actions/sign-in-as-demo-persona";

/** A persona, the roles they hold, and what a newcomer can try as them. */
export type DemoPersona = { email: string; name: string; roles: string[]; hint: string };

export function DemoPersonas({ personas }: { personas: DemoPersona[] }) {
  const t = useTranslations("signIn");
  const tc = useTranslations("common");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <section
      aria-labelledby="demo-title"
      className="rounded-lg border-2 border-dashed border-amber-400 bg-amber-50 p-5"
    >
      <h2 id="demo-title" className="flex items-center gap-2 text-lg font-semibold">
        {t("demoTitle")}
        <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-bold uppercase text-amber-900">
          {tc("demo")}
        </span>
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("demoLead")}</p>
      <Alert tone="error" className="mt-2">
        {error}
      </Alert>
      <ul className="mt-3 grid gap-2 sm:grid-cols-2">
        {personas.map((p) => (
          <li key={p.email}>
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await signInAsDemoPersona(p.email);
                  if (result?.error) setError(result.error);
                })
              }
              className="w-full rounded border border-amber-300 bg-white px-3 py-2 text-left hover:bg-amber-100 disabled:opacity-60"
            >
              <span className="block font-medium">{t("demoButton", { name: p.name })}</span>
              <span className="block text-xs font-medium text-slate-700">{p.roles.join(" · ")}</span>
              {p.hint && <span className="mt-0.5 block text-xs text-slate-600">{p.hint}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
