"use client";

import { useEffect, useRef, useState } from "react";
import { FieldError, FormMessage, SECONDARY_BUTTON_CLASS } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { fillBaselinesFromPreviousYearAction, saveBaselinesAction } from "@/lib/plans/admin/actions";
import { ReasonField, readReason } from "./reason-field";

export type BaselineRow = {
  unitId: number;
  unitName: string;
  value: string;
  numerator: string;
  denominator: string;
  source: string;
};
type Props = {
  indicatorId: number;
  kind: "SUM" | "RATE" | "RATIO";
  unit: string;
  rows: BaselineRow[];
  published: boolean;
  previousYear: number;
};

const CELL =
  "w-28 rounded-md border border-slate-300 px-2 py-1 text-right tabular-nums aria-[invalid=true]:border-red-600";

function rateOf(kind: Props["kind"], numerator: string, denominator: string, unit: string): string {
  const n = Number(numerator);
  const d = Number(denominator);
  if (numerator === "" || denominator === "" || !Number.isFinite(n) || !Number.isFinite(d) || d <= 0) return "—";
  const rate = n / d;
  return kind === "RATE" ? `${(Math.round(rate * 10000) / 100).toString()}%` : `${Math.round(rate * 100) / 100}${unit}`;
}

/** 年初值 of each reporting unit, typed, or taken from last year's last approved values. */
export function BaselinesForm({ indicatorId, kind, unit, rows, published, previousYear }: Props) {
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [saved, setSaved] = useState<string | null>(null);
  const [parts, setParts] = useState(rows);
  // After a save or "取上年末审核值" the page refreshes: show what is stored now.
  const stored = JSON.stringify(rows);
  useEffect(() => setParts(JSON.parse(stored)), [stored]);
  const formRef = useRef<HTMLFormElement>(null);
  const reason = () => (formRef.current ? readReason(new FormData(formRef.current)) : "");
  const input = (index: number, name: "value" | "numerator" | "denominator", label: string) => (
    <>
      <input
        name={`${name}-${index}`}
        value={parts[index][name]}
        onChange={(event) =>
          setParts(parts.map((row, i) => (i === index ? { ...row, [name]: event.target.value } : row)))
        }
        inputMode="decimal"
        aria-label={`${parts[index].unitName}${label}`}
        aria-describedby={`rows-${index}-error`}
        aria-invalid={fieldErrors[`rows.${index}.${name}`] ? true : undefined}
        className={CELL}
      />
    </>
  );
  return (
    <form
      noValidate
      ref={formRef}
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        setSaved(null);
        run(
          () =>
            saveBaselinesAction({
              indicatorId,
              reason: reason(),
              rows: parts.map(({ unitId, value, numerator, denominator }) => ({
                unitId,
                value,
                numerator,
                denominator,
              })),
            }),
          (data) => setSaved(data.changed ? "年初值已保存,看板已按新的年初值计算。" : "年初值未改动。"),
        );
      }}
    >
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                单位
              </th>
              {kind === "SUM" ? (
                <th scope="col" className="px-3 py-2 font-medium">
                  年初值({unit})
                </th>
              ) : (
                <>
                  <th scope="col" className="px-3 py-2 font-medium">
                    分子
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    分母
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {kind === "RATE" ? "比率" : "比例"}
                  </th>
                </>
              )}
              <th scope="col" className="px-3 py-2 font-medium">
                来源
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {parts.map((row, index) => (
              <tr key={row.unitId} data-testid="baseline-row">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {row.unitName}
                  <FieldError
                    id={`rows-${index}-error`}
                    errors={[
                      ...(fieldErrors[`rows.${index}.value`] ?? []),
                      ...(fieldErrors[`rows.${index}.numerator`] ?? []),
                      ...(fieldErrors[`rows.${index}.denominator`] ?? []),
                    ]}
                  />
                </th>
                {kind === "SUM" ? (
                  <td className="px-3 py-2">{input(index, "value", "年初值")}</td>
                ) : (
                  <>
                    <td className="px-3 py-2">{input(index, "numerator", "分子")}</td>
                    <td className="px-3 py-2">{input(index, "denominator", "分母")}</td>
                    <td className="px-3 py-2 tabular-nums">{rateOf(kind, row.numerator, row.denominator, unit)}</td>
                  </>
                )}
                <td className="px-3 py-2 text-slate-500">{row.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ReasonField published={published} errors={fieldErrors.reason} idPrefix="baselines" />
      <FormMessage message={message} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={SECONDARY_BUTTON_CLASS}>
          {pending ? "保存中…" : "保存年初值"}
        </button>
        <button
          type="button"
          disabled={pending}
          className={SECONDARY_BUTTON_CLASS}
          title={`各单位${previousYear}年最后一个审核通过的月份的数值`}
          onClick={() => {
            setSaved(null);
            run(
              () => fillBaselinesFromPreviousYearAction({ indicatorId, reason: reason() }),
              (data) =>
                setSaved(
                  `已取${data.filled.length}个单位的上年末审核值${data.filled.length ? `(${data.filled.join("、")})` : ""}。` +
                    (data.missing.length ? `以下单位上年没有审核通过的数值,保持原样:${data.missing.join("、")}。` : ""),
                ),
            );
          }}
        >
          取上年末审核值
        </button>
        <span aria-live="polite" className="text-sm text-green-700">
          {saved}
        </span>
      </div>
    </form>
  );
}
