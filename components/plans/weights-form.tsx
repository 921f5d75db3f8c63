"use client";

import Link from "next/link";
import { useState } from "react";
import { FormMessage, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { savePlanWeightsAction } from "@/lib/plans/weight-actions";
import type { PlanWeights } from "@/lib/plans/weights";

const INPUT = "w-20 rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums";

/** Every section, point and indicator with its weight; one save for all. Values are sent as typed and checked on the server. */
export function WeightsForm({ year, plan }: { year: number; plan: PlanWeights }) {
  const { pending, message, run } = useAdminAction();
  const [saved, setSaved] = useState<string | null>(null);
  const field = (name: string, label: string, value: number) => (
    <input name={name} defaultValue={String(value)} inputMode="decimal" aria-label={`${label}权重`} className={INPUT} />
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const read = (name: string) => String(form.get(name) ?? "");
        setSaved(null);
        run(
          () =>
            savePlanWeightsAction({
              year,
              sections: plan.sections.map((section) => ({ no: section.no, weight: read(`section-${section.no}`) })),
              points: plan.points.map((point) => ({ no: point.no, weight: read(`point-${point.no}`) })),
              indicators: plan.points
                .flatMap((point) => point.indicators)
                .map((indicator) => ({ id: indicator.id, weight: read(`indicator-${indicator.id}`) })),
            }),
          (data) => setSaved(data.changed > 0 ? `已保存 ${data.changed} 项权重,看板已按新权重计算。` : "权重未改动。"),
        );
      }}
    >
      {plan.sections.map((section) => (
        <fieldset key={section.no} className="rounded-lg border border-slate-200 bg-white p-3">
          <legend className="flex items-center gap-2 px-1 font-medium">
            第{section.no}部分 {section.title} {field(`section-${section.no}`, `第${section.no}部分`, section.weight)}
          </legend>
          <ul className="divide-y divide-slate-100 text-sm">
            {plan.points
              .filter((point) => point.section.no === section.no)
              .map((point) => (
                <li key={point.no} className="space-y-1 py-2">
                  <div className="flex items-center justify-between gap-2">
                    <span>
                      {point.no}. {point.title}
                    </span>
                    {field(`point-${point.no}`, `第${point.no}条`, point.weight)}
                  </div>
                  {point.indicators.map((indicator) => (
                    <div key={indicator.id} className="flex items-center justify-between gap-2 pl-6 text-slate-600">
                      <span>
                        指标:{indicator.name}
                        <Link
                          href={`/plans/${year}/indicators/${indicator.id}/schedule`}
                          className="ml-2 text-xs text-brand-700 hover:underline"
                          aria-label={`${indicator.name}的序时进度:${indicator.schedule.length === 12 ? "自定义" : "按月平均"}`}
                        >
                          序时进度:{indicator.schedule.length === 12 ? "自定义" : "按月平均"}
                        </Link>
                      </span>
                      {field(`indicator-${indicator.id}`, indicator.name, indicator.weight)}
                    </div>
                  ))}
                </li>
              ))}
          </ul>
        </fieldset>
      ))}
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON_CLASS}>
          {pending ? "保存中…" : "保存权重"}
        </button>
        <span aria-live="polite" className="text-sm text-green-700">
          {saved}
        </span>
      </div>
      <FormMessage message={message} />
    </form>
  );
}
