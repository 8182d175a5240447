"use client";
import { Button } from "@/components/ui/button";

/** Opens the browser's print window (which also offers "Save as PDF"); hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
