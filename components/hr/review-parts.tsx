import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** One section of the review page: a card titled by an h2, with something on the right of the title. */
export function ReviewSection({
  id,
  title,
  aside,
  children,
}: {
  id: string;
  title: string;
  aside?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card heading={title} headingId={id} aside={aside}>
      <div className="mt-3">{children}</div>
    </Card>
  );
}

/** A term and its value in the review's lists (label beside the value on wide screens). */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-4">
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 sm:col-span-2 sm:mt-0">{children}</dd>
    </div>
  );
}
