export type Fact = [label: string, content: React.ReactNode];

/** A few labelled figures in a grid: a county's standing, an indicator's summary. */
export function FactGrid({ facts, testId }: { facts: Fact[]; testId?: string }) {
  return (
    <dl
      className="grid grid-cols-2 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-3"
      data-testid={testId}
    >
      {facts.map(([label, content]) => (
        <div key={label}>
          <dt className="text-slate-500">{label}</dt>
          <dd className="font-medium tabular-nums">{content}</dd>
        </div>
      ))}
    </dl>
  );
}
