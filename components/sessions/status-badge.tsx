import type { SessionStatus } from "@/lib/domain/session-lifecycle";

/** Colour and text together: the status reads the same without colour. */
export const STATUS_TONE: Record<SessionStatus, { badge: string; dot: string; rail: string }> = {
  planned: {
    badge: "bg-slate-100 text-slate-700 ring-slate-300",
    dot: "border-slate-300 bg-white text-slate-600",
    rail: "border-l-slate-300",
  },
  proposed: {
    badge: "bg-amber-100 text-amber-900 ring-amber-300",
    dot: "border-amber-400 bg-amber-50 text-amber-900",
    rail: "border-l-amber-400",
  },
  scheduled: {
    badge: "bg-sky-100 text-sky-900 ring-sky-300",
    dot: "border-brand-600 bg-brand-600 text-white",
    rail: "border-l-brand-600",
  },
  completed: {
    badge: "bg-emerald-100 text-emerald-900 ring-emerald-300",
    dot: "border-emerald-600 bg-emerald-600 text-white",
    rail: "border-l-emerald-600",
  },
  missed: {
    badge: "bg-red-100 text-red-900 ring-red-300",
    dot: "border-red-500 bg-red-50 text-red-800",
    rail: "border-l-red-500",
  },
  cancelled: {
    badge: "bg-zinc-100 text-zinc-700 ring-zinc-300",
    dot: "border-zinc-400 bg-zinc-100 text-zinc-600",
    rail: "border-l-zinc-400",
  },
};

export function StatusBadge({ status, label }: { status: SessionStatus; label: string }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_TONE[status].badge}`}
      data-status={status}
    >
      {label}
    </span>
  );
}
