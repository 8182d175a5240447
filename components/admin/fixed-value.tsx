/** A setting shown but not editable (a programme's or cohort's address): its label, its value, why. */
export function FixedValue({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">{label}</p>
      <p className="mt-1 font-mono text-sm text-slate-700">{value}</p>
      {note && <p className="mt-1 text-sm text-slate-600">{note}</p>}
    </div>
  );
}
