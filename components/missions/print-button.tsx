"use client";
import { primaryButton } from "@/components/coach/form-parts";

/** Opens the browser's print dialog (where the contract can be saved as a PDF). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={`${primaryButton} print:hidden`} onClick={() => window.print()}>
      {label}
    </button>
  );
}
