"use client";
import { useTranslations } from "next-intl";

/** Opens the browser's print window (which also offers "Save as PDF"). */
export function PrintButton() {
  const t = useTranslations("attestation");
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
    >
      {t("print")}
    </button>
  );
}
