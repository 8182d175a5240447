/** Expertise areas as small chips; the ones the reader filtered on are highlighted. */
export function ExpertiseChips({
  labels,
  highlight,
}: {
  labels: { code: string; label: string }[];
  highlight?: string;
}) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {labels.map(({ code, label }) => (
        <li
          key={code}
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${code === highlight ? "bg-brand-600 text-white" : "bg-brand-50 text-brand-900"}`}
        >
          {label}
        </li>
      ))}
    </ul>
  );
}
