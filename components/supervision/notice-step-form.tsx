"use client";
// The next step on a 督查单 for whoever may take it: the unit's 整改反馈; the office's 采纳 / 退回 /
// 撤回. Each sends the version the page was rendered with, so a stale page is refused, not applied.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import {
  acceptNoticeAction,
  answerNoticeAction,
  returnNoticeAction,
  withdrawNoticeAction,
} from "@/lib/supervision/actions";

export type StepKind = "answer" | "accept" | "return" | "withdraw";

const STEPS: Record<StepKind, { button: string; label: string; field: string; required: boolean }> = {
  answer: { button: "提交整改反馈", label: "整改反馈(整改措施、进展和结果)", field: "text", required: true },
  accept: { button: "采纳,办结", label: "督查室意见(可不填)", field: "note", required: false },
  return: { button: "退回,要求重新反馈", label: "退回理由", field: "reason", required: true },
  withdraw: { button: "撤回督查单", label: "撤回理由", field: "reason", required: true },
};

const ACTIONS: Record<StepKind, (input: unknown) => Promise<ActionResult<unknown>>> = {
  answer: answerNoticeAction,
  accept: acceptNoticeAction,
  return: returnNoticeAction,
  withdraw: withdrawNoticeAction,
};

export function NoticeStepForm({ id, version, step }: { id: number; version: number; step: StepKind }) {
  const router = useRouter();
  const { button, label, field, required } = STEPS[step];
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldId = `notice-${step}`;
  return (
    <form
      noValidate
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await ACTIONS[step]({ id, version, [field]: text });
          setError(result.ok ? null : (result.fieldErrors?.[field]?.[0] ?? result.message));
          if (result.ok) {
            setText("");
            router.refresh();
          }
        });
      }}
    >
      <label htmlFor={fieldId} className="block font-medium">
        {label}
      </label>
      <textarea
        id={fieldId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        rows={step === "answer" ? 5 : 2}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId}-error` : undefined}
        className={`w-full rounded-md border px-2 py-1 ${error ? "border-red-600 bg-red-50" : "border-slate-300"}`}
      />
      <p id={`${fieldId}-error`} role="status" aria-live="polite" className="text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? "正在提交…" : button}
      </button>
    </form>
  );
}
