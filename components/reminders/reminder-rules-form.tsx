"use client";

import { SaveRow } from "@/components/ui/save-row";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveReminderRulesAction } from "@/lib/reminders/auto/rule-actions";
import type { RuleView } from "@/lib/reminders/auto/rule-queries";

const TRIGGER_WORDS: Record<string, { before: string; after: string }> = {
  BEFORE_DUE: { before: "报送截止前", after: "天,提醒尚未报送的单位" },
  ON_DUE: { before: "报送截止当天,提醒尚未报送的单位", after: "" },
  OVERDUE: { before: "逾期", after: "天,再次提醒尚未报送的单位" },
  REVIEW_WAITING: { before: "报告等待审核满", after: "天,提醒审核人" },
};

export function ReminderRulesForm({ rules }: { rules: RuleView[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(rules.map((rule) => ({ ...rule, daysText: String(rule.days) })));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, startTransition] = useTransition();
  const change = (index: number, patch: Partial<(typeof rows)[number]>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  return (
    <form
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveReminderRulesAction({
            rules: rows.map((row) => ({
              id: row.id,
              days: row.daysText.trim() === "" ? Number.NaN : Number(row.daysText),
              enabled: row.enabled,
            })),
          });
          setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(
            result.ok
              ? { ok: true, text: result.data.changed ? `已保存 ${result.data.changed} 条规则的修改。` : "没有修改。" }
              : { ok: false, text: result.message },
          );
          if (result.ok) router.refresh();
        });
      }}
    >
      <ul className="divide-y divide-slate-100">
        {rows.map((row, index) => {
          const words = TRIGGER_WORDS[row.trigger];
          const errorId = `rule-${row.id}-error`;
          const errors = fieldErrors[`rules.${index}.days`];
          return (
            <li key={row.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-3">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={row.enabled}
                  onChange={(event) => change(index, { enabled: event.target.checked })}
                  aria-label={`启用“${row.label}”`}
                  className="size-4"
                />
                <span className="text-sm text-slate-700">启用</span>
              </label>
              <span className={row.enabled ? "" : "text-slate-500"}>
                {words.before}
                {row.trigger !== "ON_DUE" && (
                  <input
                    inputMode="numeric"
                    value={row.daysText}
                    onChange={(event) => change(index, { daysText: event.target.value })}
                    aria-label={`${row.label}:天数`}
                    aria-invalid={errors ? true : undefined}
                    aria-describedby={errors ? errorId : undefined}
                    className={`mx-1 w-14 rounded-md border px-2 py-1 text-center ${errors ? "border-red-600 bg-red-50" : "border-slate-300"}`}
                  />
                )}
                {words.after}
              </span>
              <span className="text-xs text-slate-600">已发送 {row.sent} 项</span>
              {errors && (
                <span id={errorId} className="w-full text-sm text-red-700">
                  {errors.join(" ")}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <SaveRow label="保存规则" pending={pending} message={message} />
    </form>
  );
}
