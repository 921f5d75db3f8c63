"use client";

import type { UnitOption } from "@/lib/org/queries";
import type { PlanData, PointData } from "@/lib/plans/plan-data";
import { PointEditor } from "./point-editor";

type Props = {
  plan: PlanData;
  warnings: string[];
  /** Years that have a plan already: importing one of them again is refused, so say so first. */
  existingYears: number[];
  leadUnits: UnitOption[];
  pending: boolean;
  /** The server's refusals by field ("plan.year", "plan.sections.0.points.2.title"), shown beside each. */
  fieldErrors?: Record<string, string[]>;
  onChange: (plan: PlanData) => void;
  onBack: () => void;
  onConfirm: (plan: PlanData) => void;
};

const METADATA_FIELDS = [
  { key: "title", label: "文件标题" },
  { key: "docNumber", label: "文号" },
  { key: "issuer", label: "发文单位" },
  { key: "issuedAt", label: "印发日期", placeholder: "2023-02-15" },
] as const;

export function ReviewStep({
  plan,
  warnings,
  existingYears,
  leadUnits,
  pending,
  fieldErrors = {},
  onChange,
  onBack,
  onConfirm,
}: Props) {
  const yearTaken = existingYears.includes(plan.year);
  const points = plan.sections.flatMap((section) => section.points);
  const indicatorCount = points.reduce((count, point) => count + point.indicators.length, 0);
  const updatePoint = (no: number, next: PointData) =>
    onChange({
      ...plan,
      sections: plan.sections.map((section) => ({
        ...section,
        points: section.points.map((point) => (point.no === no ? next : point)),
      })),
    });

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm(plan);
      }}
    >
      {yearTaken && (
        <p
          role="alert"
          className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
          data-testid="import-year-taken"
        >
          {plan.year}
          年的工作要点已在平台中,不能再次导入。请核对下方“年度”(文件是否为新一年的要点),或在计划管理中修改已有的
          {plan.year}年工作要点。
        </p>
      )}
      <p className="text-sm text-slate-700" data-testid="import-summary">
        识别到 {plan.sections.length} 个部分、{points.length} 条要点、{indicatorCount}{" "}
        项候选量化指标。请核对标题、牵头单位和指标,以及每项指标的序时进度规则、是否整数和分解方式(均按原文措辞推荐);不是年度目标的数字请删除。导入后为草稿,发布后各单位才开始填报。
      </p>
      {warnings.length > 0 && (
        <ul className="list-disc rounded-md border border-amber-200 bg-amber-50 py-2 pl-8 pr-4 text-sm text-amber-900">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 font-medium">文件信息</legend>
        <label className="text-sm">
          <span className="block text-slate-600">年度</span>
          <input
            type="number"
            required
            value={plan.year}
            onChange={(event) => onChange({ ...plan, year: Number(event.target.value) })}
            aria-describedby="import-year-error"
            aria-invalid={fieldErrors["plan.year"] ? true : undefined}
            className="w-full rounded border border-slate-300 px-2 py-1"
          />
          <FieldMessage id="import-year-error" errors={fieldErrors["plan.year"]} />
        </label>
        {METADATA_FIELDS.map((field) => (
          <label key={field.key} className="text-sm">
            <span className="block text-slate-600">{field.label}</span>
            <input
              required
              value={plan[field.key]}
              placeholder={"placeholder" in field ? field.placeholder : undefined}
              onChange={(event) => onChange({ ...plan, [field.key]: event.target.value })}
              aria-describedby={`import-${field.key}-error`}
              aria-invalid={fieldErrors[`plan.${field.key}`] ? true : undefined}
              className="w-full rounded border border-slate-300 px-2 py-1"
            />
            <FieldMessage id={`import-${field.key}-error`} errors={fieldErrors[`plan.${field.key}`]} />
          </label>
        ))}
      </fieldset>
      {plan.sections.map((section, sectionIndex) => (
        <section key={section.no} className="rounded-lg border border-slate-200 bg-white">
          <h2 className="border-b border-slate-200 px-4 py-2 font-semibold">
            第{section.no}部分 {section.title}
          </h2>
          <ol className="divide-y divide-slate-100">
            {section.points.map((point, pointIndex) => (
              <PointEditor
                key={point.no}
                titleErrors={fieldErrors[`plan.sections.${sectionIndex}.points.${pointIndex}.title`]}
                point={point}
                year={plan.year}
                leadUnits={leadUnits}
                onChange={(next) => updatePoint(point.no, next)}
              />
            ))}
          </ol>
        </section>
      ))}
      <div className="sticky bottom-0 flex gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        <button type="button" onClick={onBack} className="rounded-md border border-slate-300 px-4 py-2">
          返回修改原文
        </button>
        <button
          type="submit"
          disabled={pending}
          className="ml-auto rounded-md bg-brand-600 px-4 py-2 text-white disabled:opacity-50"
        >
          {pending ? "保存中…" : `确认导入 ${points.length} 条要点`}
        </button>
      </div>
    </form>
  );
}

function FieldMessage({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <span id={id} className="block text-red-700">
      {errors?.join(" ")}
    </span>
  );
}
