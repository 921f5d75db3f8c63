"use client";

import { useState } from "react";
import { INPUT_CLASS, BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { formatNumber } from "@/lib/format";
import { publishPlanAction } from "@/lib/plans/publish/actions";
import type { QuotaGap } from "@/lib/plans/publish/checklist";
import { balanceWords } from "@/lib/plans/quota-sum";
import { MonthSelect } from "./month-select";

type Props = { year: number; defaultFirstPeriod: string; gaps: QuotaGap[]; blocked: boolean };

/** The first month, a reason for each SPLIT indicator whose quotas miss its target, and 发布. */
export function PublishForm({ year, defaultFirstPeriod, gaps, blocked }: Props) {
  const { pending, message, run } = useAdminAction();
  const [firstPeriod, setFirstPeriod] = useState(defaultFirstPeriod);
  const [reasons, setReasons] = useState<Record<number, string>>(() =>
    Object.fromEntries(gaps.map((gap) => [gap.indicatorId, gap.reason])),
  );
  return (
    <form
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        run(() =>
          publishPlanAction({
            year,
            firstPeriod,
            gapReasons: gaps.map((gap) => ({ indicatorId: gap.indicatorId, reason: reasons[gap.indicatorId] ?? "" })),
          }),
        );
      }}
    >
      <MonthSelect year={year} value={firstPeriod} onChange={setFirstPeriod} label="起报月份(各单位自该月起按月填报)" />
      {gaps.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">以下指标的县区分解数合计与市级目标不一致,发布须逐项说明原因:</legend>
          {gaps.map((gap) => (
            <label key={gap.indicatorId} className="block space-y-1 text-sm">
              <span>
                第{gap.pointNo}条「{gap.name}」:合计 {formatNumber(Number(gap.balance.sum))} / 目标{" "}
                {formatNumber(Number(gap.balance.target))}
                {gap.unit}({gap.counties === 0 ? "尚未分解" : balanceWords(gap.balance, gap.unit)})
              </span>
              <input
                value={reasons[gap.indicatorId] ?? ""}
                onChange={(event) => setReasons((current) => ({ ...current, [gap.indicatorId]: event.target.value }))}
                maxLength={200}
                aria-label={`「${gap.name}」分解数不一致的原因`}
                className={INPUT_CLASS}
              />
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" disabled={pending || blocked} className={BUTTON_CLASS}>
        {pending ? "发布中…" : `发布${year}年工作要点`}
      </button>
      <p role="alert" aria-live="polite" className="whitespace-pre-line text-sm text-red-700">
        {message}
      </p>
    </form>
  );
}
