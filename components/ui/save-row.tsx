// The foot of a settings or text form: its 保存 button, and the outcome read out beside it.
export type SaveMessage = { ok: boolean; text: string } | null;

export function SaveRow({ label, pending, message }: { label: string; pending: boolean; message: SaveMessage }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? "正在保存…" : label}
      </button>
      <span role="status" aria-live="polite" className={message?.ok ? "text-green-700" : "text-red-700"}>
        {message?.text}
      </span>
    </div>
  );
}
