"use client";
import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/errors";

/**
 * A page that could not be rendered. When the database could not be reached the person reads that
 * the service is unavailable for a moment and that they are still signed in (never "signed out");
 * otherwise that nothing was changed. "Try again" renders the page again.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-lg bg-white p-8 text-center shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-700">
        {unavailable ? t("serviceUnavailableCode") : null}
      </p>
      <h1 className="mt-2 text-2xl font-bold">{unavailable ? t("serviceUnavailableTitle") : t("pageErrorTitle")}</h1>
      <p className="mt-3 text-slate-600">{unavailable ? t("serviceUnavailableLead") : t("pageErrorLead")}</p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {t("retry")}
        </button>
        <Link
          href="/"
          className="rounded border border-slate-300 px-4 py-2 font-medium text-slate-700 hover:bg-slate-50"
        >
          {tc("backHome")}
        </Link>
      </div>
    </div>
  );
}
