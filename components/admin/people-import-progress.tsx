"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

const POLL_MS = 1000;

/** The progress bar of an import being applied; the page is read again every second until it is done. */
export function PeopleImportProgress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("peopleImport");
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [router]);
  const max = Math.max(total, 1);
  const now = Math.min(done, max);
  return (
    <div className="space-y-2">
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={now}
        aria-valuetext={t("progress", { done: now, total })}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${(now / max) * 100}%` }} />
      </div>
      <p className="text-sm text-slate-700">{t("progress", { done: now, total })}</p>
    </div>
  );
}
