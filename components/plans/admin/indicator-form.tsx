"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BUTTON_CLASS, FormMessage } from "@/components/admin/form-fields";
import { useAdminAction } from "@/components/admin/use-admin-action";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/plans/admin/actions";
import { QUOTA_MODE_LABELS, RULE_HINTS, RULE_LABELS } from "@/lib/plans/admin/words";
import { DIRECTION_LABELS, KIND_LABELS } from "@/lib/plans/labels";
import type { AggregationKind, ProgressRule, QuotaMode } from "@/lib/plans/plan-data";
import { Checkbox, Field, INPUT } from "./indicator-form-fields";
import { ReasonField, readReason } from "./reason-field";

export type IndicatorFormValues = {
  name: string;
  unit: string;
  target: string;
  direction: "AT_LEAST" | "AT_MOST";
  kind: AggregationKind;
  wholeNumbers: boolean;
  quotaMode: QuotaMode;
  rule: ProgressRule;
  dueOn: string;
  sourceText: string;
};

type Props = {
  /** Set to change an indicator; otherwise a new one on the point. */
  indicatorId?: number;
  pointId: number;
  values: IndicatorFormValues;
  published: boolean;
  scheduleHref?: string;
  doneHref: string;
};

const KINDS = Object.keys(KIND_LABELS) as AggregationKind[];
const MODES = Object.keys(QUOTA_MODE_LABELS) as QuotaMode[];
const RULES = Object.keys(RULE_LABELS) as ProgressRule[];

/** Every field of an indicator; the server checks them together and answers beside the field. */
export function IndicatorForm({ indicatorId, pointId, values, published, scheduleHref, doneHref }: Props) {
  const router = useRouter();
  const { pending, message, fieldErrors, run } = useAdminAction();
  const [rule, setRule] = useState(values.rule);
  const [kind, setKind] = useState(values.kind);
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const read = (name: string) => String(form.get(name) ?? "");
        const fields = {
          name: read("name"),
          unit: read("unit"),
          target: read("target"),
          direction: read("direction"),
          kind: read("kind"),
          wholeNumbers: form.get("wholeNumbers") === "on",
          quotaMode: read("quotaMode"),
          rule: read("rule"),
          dueOn: read("dueOn"),
          sourceText: read("sourceText"),
          reason: readReason(form),
        };
        const done = () => router.push(doneHref);
        if (indicatorId) run(() => updateIndicatorAction({ indicatorId, ...fields }), done);
        else run(() => createIndicatorAction({ pointId, ...fields }), done);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="name" label="指标名称" errors={fieldErrors.name}>
          <input name="name" defaultValue={values.name} required maxLength={60} className={INPUT} />
        </Field>
        <Field name="unit" label="计量单位(个、张、%、亿元…)" errors={fieldErrors.unit}>
          <input name="unit" defaultValue={values.unit} required maxLength={12} className={INPUT} />
        </Field>
        <Field name="direction" label="目标方向" errors={fieldErrors.direction}>
          <select name="direction" defaultValue={values.direction} className={INPUT}>
            {(["AT_LEAST", "AT_MOST"] as const).map((direction) => (
              <option key={direction} value={direction}>
                {DIRECTION_LABELS[direction]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="target" label="年度目标值" errors={fieldErrors.target}>
          <input name="target" defaultValue={values.target} required inputMode="decimal" className={INPUT} />
        </Field>
        <Field name="kind" label="汇总方式" errors={fieldErrors.kind}>
          <select
            name="kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as AggregationKind)}
            className={INPUT}
          >
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </Field>
        <Field name="quotaMode" label="分解到县区的方式" errors={fieldErrors.quotaMode}>
          <select name="quotaMode" defaultValue={values.quotaMode} className={INPUT}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {QUOTA_MODE_LABELS[mode]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Checkbox
        name="wholeNumbers"
        label="按整数计(计的是一个个的事物:个、张、户、家;“人/万人”、金额不勾选)"
        errors={fieldErrors.wholeNumbers}
        defaultChecked={values.wholeNumbers}
        disabled={kind !== "SUM"}
      />
      <fieldset className="space-y-2" aria-describedby="rule-error">
        <legend className="text-sm font-medium">序时进度规则</legend>
        {RULES.map((option) => (
          <label key={option} className="flex items-start gap-2 text-sm">
            <input type="radio" name="rule" value={option} checked={rule === option} onChange={() => setRule(option)} />
            <span>
              {RULE_LABELS[option]} <span className="text-slate-500">· {RULE_HINTS[option]}</span>
            </span>
          </label>
        ))}
        {rule === "CURVE" && (
          <p className="text-sm">
            {scheduleHref ? (
              <Link href={scheduleHref} className="text-brand-700 hover:underline">
                设置各月序时进度 →
              </Link>
            ) : (
              "请先保存指标,再在指标的序时进度页设置各月进度。"
            )}
          </p>
        )}
        <span id="rule-error" className="block text-sm text-red-700">
          {fieldErrors.rule?.join(" ")}
        </span>
      </fieldset>
      {rule === "BY_DATE" && (
        <Field name="dueOn" label="完成时限" errors={fieldErrors.dueOn}>
          <input type="date" name="dueOn" defaultValue={values.dueOn} required className={INPUT} />
        </Field>
      )}
      <Field name="sourceText" label="原文依据(可选:要点原文中设定该目标的文字)" errors={fieldErrors.sourceText}>
        <input name="sourceText" defaultValue={values.sourceText} maxLength={200} className={INPUT} />
      </Field>
      <ReasonField published={published} errors={fieldErrors.reason} idPrefix="indicator" />
      <FormMessage message={message} />
      <button type="submit" disabled={pending} className={BUTTON_CLASS}>
        {pending ? "保存中…" : indicatorId ? "保存指标" : "添加指标"}
      </button>
    </form>
  );
}
