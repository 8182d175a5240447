/** Places left as dots (filled = free), with the words beside them. */
export function PlacesDots({ left, capacity, label }: { left: number; capacity: number; label: string }) {
  const full = left === 0;
  return (
    <span className="places-dots" data-testid="places-left" data-left={left}>
      <span aria-hidden="true">
        {Array.from({ length: capacity }, (_, i) => (
          <span key={i} className={i < left ? "place-free" : "place-taken"} />
        ))}
      </span>
      <span className={full ? "places-none" : undefined}>{label}</span>
    </span>
  );
}
