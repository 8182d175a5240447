/** A page's title and one-line lead. */
export function PageHeader({ title, lead }: { title: string; lead?: string }) {
  return (
    <header>
      <h1 className="text-3xl font-bold">{title}</h1>
      {lead && <p className="mt-1 text-slate-600">{lead}</p>}
    </header>
  );
}
