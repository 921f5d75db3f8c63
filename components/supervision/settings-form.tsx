"use client";
// 升级规则: the days that make a late report yellow or red, the feedback deadline in working days,
// and whether the day's proposals are issued without confirmation.
import { SaveRow } from "@/components/ui/save-row";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveSupervisionSettingsAction } from "@/lib/supervision/actions";
import type { SupervisionSettingsView } from "@/lib/supervision/settings";

const NUMBER_FIELDS = [
  ["yellowOverdueDays", "报告逾期满", "天,拟发黄色督查单"],
  ["redOverdueDays", "报告逾期满", "天,拟发红色督查单"],
  ["feedbackWorkingDays", "整改反馈期限:下发后", "个工作日(节假日、调休按国务院安排)"],
] as const;

export function SupervisionSettingsForm({ settings }: { settings: SupervisionSettingsView }) {
  const router = useRouter();
  const [texts, setTexts] = useState({
    yellowOverdueDays: String(settings.yellowOverdueDays),
    redOverdueDays: String(settings.redOverdueDays),
    feedbackWorkingDays: String(settings.feedbackWorkingDays),
  });
  const [autoIssue, setAutoIssue] = useState(settings.autoIssue);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
  return (
    <form
      noValidate
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveSupervisionSettingsAction({
            yellowOverdueDays: number(texts.yellowOverdueDays),
            redOverdueDays: number(texts.redOverdueDays),
            feedbackWorkingDays: number(texts.feedbackWorkingDays),
            autoIssue,
          });
          setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
          setMessage(
            result.ok
              ? { ok: true, text: result.data.changed ? "已保存。" : "没有修改。" }
              : { ok: false, text: result.message },
          );
          if (result.ok) router.refresh();
        });
      }}
    >
      {NUMBER_FIELDS.map(([field, before, after]) => (
        <div key={field}>
          <label className="flex flex-wrap items-center gap-1">
            {before}
            <input
              inputMode="numeric"
              value={texts[field]}
              onChange={(event) => setTexts((current) => ({ ...current, [field]: event.target.value }))}
              aria-invalid={errors[field] ? true : undefined}
              aria-describedby={errors[field] ? `${field}-error` : undefined}
              className={`w-16 rounded-md border px-2 py-1 text-center ${errors[field] ? "border-red-600 bg-red-50" : "border-slate-300"}`}
            />
            {after}
          </label>
          {errors[field] && (
            <p id={`${field}-error`} className="text-sm text-red-700">
              {errors[field].join(" ")}
            </p>
          )}
        </div>
      ))}
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={autoIssue}
          onChange={(event) => setAutoIssue(event.target.checked)}
          className="size-4"
        />
        自动下发(不经督查室确认,拟发即下发)
      </label>
      <SaveRow label="保存" pending={pending} message={message} />
    </form>
  );
}
