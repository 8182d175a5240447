/** Places left as dots (filled = free), with the words beside them. */
export function PlacesDots({ left, capacity, label }: { left: number; capacity: number; label: string }) {
  const full = left === 0;
  return (
    <span className="inline-flex items-center gap-2 text-sm" data-testid="places-left" data-left={left}>
      <span aria-hidden="true" className="inline-flex gap-1">
        {Array.from({ length: capacity }, (_, i) => (
          <span
            key={i}
            className={`h-2.5 w-2.5 rounded-full ${i < left ? "bg-emerald-600" : "border border-slate-400 bg-white"}`}
          />
        ))}
      </span>
      <span className={full ? "font-medium text-slate-500" : "font-medium text-emerald-800"}>{label}</span>
    </span>
  );
}
