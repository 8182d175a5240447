"use client";
// On phones the directory's filters fold behind one button that says how many are active; from
// the small breakpoint up they are always shown and the button is gone. A disclosure button
// (aria-expanded, aria-controls) keeps it usable with the keyboard and a screen reader.
import { useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/styles";

export function FoldingFilters({ id, toggle, children }: { id: string; toggle: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className={`${buttonClass("secondary", "sm")} flex w-full items-center justify-between sm:hidden`}
      >
        <span>{toggle}</span>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      <div id={id} className={open ? "space-y-4" : "hidden space-y-4 sm:block"}>
        {children}
      </div>
    </>
  );
}
