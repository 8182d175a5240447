/** "3 of 6 sessions completed" as an accessible progress bar with the same words beside it. */
export function SessionProgressBar({
  completed,
  total,
  label,
  caption,
}: {
  completed: number;
  total: number;
  label: string;
  caption: string;
}) {
  const pct = total > 0 ? Math.min(100, Math.round((completed / total) * 100)) : 0;
  return (
    <div>
      <div className="flex items-baseline justify-between gap-3">
        <span className="text-sm font-medium text-slate-700">{label}</span>
        <span className="text-sm font-semibold tabular-nums text-slate-900">{caption}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={completed}
        aria-valuetext={caption}
        className="mt-2 h-3 overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full ${pct >= 100 ? "bg-emerald-600" : "bg-brand-600"} transition-[width]`}
          style={{ width: `${pct}%` }}
        />
      </div>
    </div>
  );
}
