"use client";
// "Mark as completed" for the sessions ticked in the plan (also those booked in Outlook or Teams).
// The tick boxes sit in each session's card and belong to this form through their form attribute.
// The bar shows, stuck to the bottom of the window, only while something is ticked; meanwhile the
// page's scroll padding keeps whatever has the keyboard focus above it, never under it, and the box
// just ticked is scrolled above the bar when the bar appears over it.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { keepFocusAbove } from "@/components/ui/keep-focus-visible";
import { markSessionsCompletedAction } from "@/lib/actions/mark-sessions-completed";
import { useActionVerb } from "@/components/use-action-verb";

export const MARK_COMPLETED_FORM = "mark-completed";

/** The tick boxes of this form that are ticked. */
function tickedIn(form: HTMLFormElement | null): number {
  if (!form) return 0;
  return Array.from(form.elements).filter((e) => e instanceof HTMLInputElement && e.name === "sessionIds" && e.checked)
    .length;
}

export function MarkCompletedBar({ engagementId }: { engagementId: string }) {
  const t = useTranslations("sessions.complete");
  const te = useTranslations("errors");
  const { pending, error, setError, run } = useActionVerb();
  const [done, setDone] = useState(false);
  const [selected, setSelected] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  // Count the ticks as they change (the boxes live in the session cards, outside this component).
  useEffect(() => {
    const count = () => setSelected(tickedIn(form.current));
    count();
    document.addEventListener("change", count);
    return () => document.removeEventListener("change", count);
  }, []);

  // While the bar covers the bottom of the window, focused elements scroll into view above it; and
  // the tick box that made it appear (or whatever has the focus) is brought above it at once.
  useEffect(() => {
    if (selected === 0 || !form.current) return;
    const root = document.documentElement;
    root.style.scrollPaddingBottom = `${form.current.offsetHeight + 16}px`;
    keepFocusAbove(form.current);
    return () => {
      root.style.scrollPaddingBottom = "";
    };
  }, [selected]);

  return (
    <form
      ref={form}
      id={MARK_COMPLETED_FORM}
      aria-label={t("label")}
      className={
        selected > 0
          ? "sticky bottom-0 z-10 mt-6 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white/95 p-4 shadow-md backdrop-blur"
          : "mt-6"
      }
      onSubmit={(event) => {
        event.preventDefault();
        setDone(false);
        const sessionIds = new FormData(event.currentTarget).getAll("sessionIds").map(String);
        if (sessionIds.length === 0) return setError(te("sessionSelectionRequired"));
        run(
          () => markSessionsCompletedAction({ engagementId, sessionIds }),
          () => {
            setSelected(0);
            setDone(true);
          },
        );
      }}
    >
      {selected > 0 && (
        <>
          {/* On a phone the count sits on its own line above the button (the hint only from the small breakpoint up), so the bar stays low. */}
          <p className="min-w-0 flex-[1_1_15rem] text-sm text-slate-700">
            <span className="font-semibold">{t("selected", { count: selected })}</span>
            <span className="hidden sm:inline"> {t("hint")}</span>
          </p>
          <Button type="submit" pending={pending} pendingLabel={t("saving")}>
            {t("button")}
          </Button>
        </>
      )}
      <div aria-live="polite" className="w-full empty:hidden">
        {done && !error && (
          <Alert tone="success" plain>
            ✓ {t("done")}
          </Alert>
        )}
        <Alert tone="error">{error}</Alert>
      </div>
    </form>
  );
}
