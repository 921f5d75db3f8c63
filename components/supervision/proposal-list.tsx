"use client";
// 拟发督查单: tick some (or none: all) and confirm in one click, or dismiss one with a reason.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { confirmNoticesAction, dismissNoticeAction } from "@/lib/supervision/actions";
import { COLOUR_LABELS, REASON_LABELS } from "@/lib/supervision/notice-words";

export type ProposalRow = {
  id: number;
  version: number;
  colour: "YELLOW" | "RED";
  reason: keyof typeof REASON_LABELS;
  unitName: string;
  pointText: string;
  facts: string;
};

export function ProposalList({ proposals }: { proposals: ProposalRow[] }) {
  const router = useRouter();
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [dismissing, setDismissing] = useState<number | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const chosen = ticked.size > 0 ? proposals.filter((row) => ticked.has(row.id)) : proposals;

  const confirm = () =>
    startTransition(async () => {
      const result = await confirmNoticesAction({ notices: chosen.map(({ id, version }) => ({ id, version })) });
      setMessage(
        result.ok ? { ok: true, text: `已下发 ${result.data.issued} 份督查单。` } : { ok: false, text: result.message },
      );
      if (result.ok) {
        setTicked(new Set());
        router.refresh();
      }
    });

  const dismiss = (row: ProposalRow) =>
    startTransition(async () => {
      const result = await dismissNoticeAction({ id: row.id, version: row.version, reason });
      setReasonError(result.ok ? null : (result.fieldErrors?.reason?.[0] ?? result.message));
      if (result.ok) {
        setDismissing(null);
        setReason("");
        setMessage({ ok: true, text: "已作不予下发处理。" });
        router.refresh();
      }
    });

  if (proposals.length === 0) return <p className="text-sm text-slate-600">今日没有拟发的督查单。</p>;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={confirm}
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {ticked.size > 0 ? `确认下发所选 ${ticked.size} 份` : `确认下发全部 ${proposals.length} 份`}
        </button>
        <span role="status" aria-live="polite" className={message?.ok ? "text-green-700" : "text-red-700"}>
          {message?.text}
        </span>
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {proposals.map((row) => (
          <li key={row.id} className="space-y-1 p-3">
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                className="mt-1 size-4"
                checked={ticked.has(row.id)}
                onChange={(event) => {
                  const next = new Set(ticked);
                  if (event.target.checked) next.add(row.id);
                  else next.delete(row.id);
                  setTicked(next);
                }}
                aria-label={`勾选:${row.unitName} ${row.pointText}(${COLOUR_LABELS[row.colour]})`}
              />
              <span>
                <span className={row.colour === "RED" ? "font-semibold text-red-700" : "font-semibold text-amber-800"}>
                  {COLOUR_LABELS[row.colour]}
                </span>{" "}
                {row.unitName} · {row.pointText} · {REASON_LABELS[row.reason]}
                <span className="block text-sm text-slate-700">{row.facts}</span>
              </span>
            </label>
            {dismissing === row.id ? (
              <div className="flex flex-wrap items-start gap-2 pl-6">
                <label className="flex flex-col text-sm">
                  不予下发的理由
                  <input
                    value={reason}
                    onChange={(event) => setReason(event.target.value)}
                    aria-invalid={reasonError ? true : undefined}
                    aria-describedby={reasonError ? `dismiss-${row.id}-error` : undefined}
                    className="w-72 rounded-md border border-slate-300 px-2 py-1"
                  />
                  {reasonError && (
                    <span id={`dismiss-${row.id}-error`} className="text-red-700">
                      {reasonError}
                    </span>
                  )}
                </label>
                <button
                  type="button"
                  onClick={() => dismiss(row)}
                  disabled={pending}
                  className="mt-5 rounded-md border border-slate-400 px-3 py-1"
                >
                  确定不予下发
                </button>
              </div>
            ) : (
              <button
                type="button"
                onClick={() => {
                  setDismissing(row.id);
                  setReason("");
                  setReasonError(null);
                }}
                className="ml-6 text-sm text-brand-700 underline"
              >
                不予下发
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
