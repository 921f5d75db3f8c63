"use client";
// 手动下发: the office writes a 督查单 itself (unit, point or indicator, colour, facts, deadline).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { issueManualNoticeAction } from "@/lib/supervision/actions";

type Props = {
  units: { id: number; name: string }[];
  points: { id: number; no: number; title: string; indicators: { id: number; name: string }[] }[];
};

const FIELD_CLASS = "rounded-md border border-slate-300 px-2 py-1";

export function ManualNoticeForm({ units, points }: Props) {
  const router = useRouter();
  const [values, setValues] = useState({
    unitId: "",
    pointId: "",
    indicatorId: "",
    colour: "YELLOW",
    facts: "",
    feedbackDue: "",
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({
      ...current,
      [key]: event.target.value,
      ...(key === "pointId" ? { indicatorId: "" } : {}),
    }));
  const point = points.find((candidate) => String(candidate.id) === values.pointId);
  const ariaOf = (field: string) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": `manual-${field}-error` } : {};
  const errorOf = (field: string) =>
    errors[field] && (
      <span id={`manual-${field}-error`} className="text-sm text-red-700">
        {errors[field].join(" ")}
      </span>
    );

  return (
    <form
      noValidate
      className="max-w-2xl space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await issueManualNoticeAction({
            unitId: values.unitId ? Number(values.unitId) : undefined,
            pointId: values.pointId ? Number(values.pointId) : undefined,
            indicatorId: values.indicatorId ? Number(values.indicatorId) : null,
            colour: values.colour,
            facts: values.facts,
            feedbackDue: values.feedbackDue,
          });
          if (result.ok) router.push(`/supervision/${result.data.id}`);
          else {
            setErrors(result.fieldErrors ?? {});
            setMessage(result.message);
          }
        });
      }}
    >
      <label className="flex flex-col gap-1">
        责任单位
        <select value={values.unitId} onChange={set("unitId")} className={FIELD_CLASS} {...ariaOf("unitId")}>
          <option value="">请选择</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
        {errorOf("unitId")}
      </label>
      <label className="flex flex-col gap-1">
        工作要点
        <select value={values.pointId} onChange={set("pointId")} className={FIELD_CLASS} {...ariaOf("pointId")}>
          <option value="">请选择</option>
          {points.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              第{candidate.no}条 {candidate.title}
            </option>
          ))}
        </select>
        {errorOf("pointId")}
      </label>
      <label className="flex flex-col gap-1">
        指标(可不选:整条要点)
        <select
          value={values.indicatorId}
          onChange={set("indicatorId")}
          className={FIELD_CLASS}
          {...ariaOf("indicatorId")}
        >
          <option value="">整条要点</option>
          {point?.indicators.map((indicator) => (
            <option key={indicator.id} value={indicator.id}>
              {indicator.name}
            </option>
          ))}
        </select>
        {errorOf("indicatorId")}
      </label>
      <fieldset className="flex gap-4">
        <legend className="mb-1">颜色</legend>
        {[
          ["YELLOW", "黄色"],
          ["RED", "红色"],
        ].map(([value, label]) => (
          <label key={value} className="flex items-center gap-1">
            <input
              type="radio"
              name="colour"
              value={value}
              checked={values.colour === value}
              onChange={set("colour")}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="flex flex-col gap-1">
        督查事项(具体情况)
        <textarea rows={4} value={values.facts} onChange={set("facts")} className={FIELD_CLASS} {...ariaOf("facts")} />
        {errorOf("facts")}
      </label>
      <label className="flex flex-col gap-1">
        反馈期限(不填:按工作日规则)
        <input
          type="date"
          value={values.feedbackDue}
          onChange={set("feedbackDue")}
          className={`${FIELD_CLASS} w-48`}
          {...ariaOf("feedbackDue")}
        />
        {errorOf("feedbackDue")}
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-700 px-4 py-2 text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {pending ? "正在下发…" : "下发督查单"}
        </button>
        <span role="status" aria-live="polite" className="text-red-700">
          {message}
        </span>
      </div>
    </form>
  );
}
