import { Card } from "@/components/ui/card";

/** One key number of the dashboard: what it is, the number, and what it is out of. */
export function FigureCard({
  label,
  value,
  detail,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  testId?: string;
}) {
  return (
    <Card as="div" padding="compact" className="border border-slate-200" data-testid={testId}>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold tabular-nums text-slate-900">{value}</dd>
      {detail && <dd className="mt-0.5 text-xs text-slate-600">{detail}</dd>}
    </Card>
  );
}
