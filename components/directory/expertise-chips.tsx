/** Expertise areas as small chips; the ones the reader filtered on are highlighted. */
export function ExpertiseChips({
  labels,
  highlight,
}: {
  labels: { code: string; label: string }[];
  highlight?: string;
}) {
  return (
    <ul className="expertise-chips">
      {labels.map(({ code, label }) => (
        <li key={code} className={code === highlight ? "expertise-chip-on" : undefined}>
          {label}
        </li>
      ))}
    </ul>
  );
}
