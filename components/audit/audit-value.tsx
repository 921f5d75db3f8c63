const SHORT = 40;

/** One before/after/detail value on one line; a long one opens in place with <details>, without JavaScript. */
export function AuditValue({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined || value === "") return null;
  const line = typeof value === "string" ? value : JSON.stringify(value);
  if (line.length <= SHORT) {
    return (
      <div className="break-all font-mono text-xs">
        <span className="text-slate-500">{label}</span> {line}
      </div>
    );
  }
  const full = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return (
    <details className="text-xs">
      <summary className="cursor-pointer break-all font-mono">
        <span className="text-slate-500">{label}</span> {line.slice(0, SHORT)}…
      </summary>
      <pre className="mt-1 max-h-64 max-w-md overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2">
        {full}
      </pre>
    </details>
  );
}
