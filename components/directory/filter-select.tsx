/** One filter of the directory form: a labelled select whose first option means "any". */
export function FilterSelect({
  id,
  label,
  value,
  anyLabel,
  choices,
}: {
  id: string;
  label: string;
  value: string | null | undefined;
  anyLabel: string;
  choices: { value: string; label: string | null }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={id}
        defaultValue={value ?? ""}
        className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm"
      >
        <option value="">{anyLabel}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
