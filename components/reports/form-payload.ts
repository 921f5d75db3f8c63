import { missingValueProblems, narrativeProblems } from "@/lib/reports/required-values";
import { saveReportSchema } from "@/lib/reports/schemas";
import { cumulativeOf, valueProblems } from "@/lib/reports/value-rules";
import type { IndicatorRow } from "@/lib/reports/value-rows";
import type { DraftFields } from "./report-draft";

export type FormNarrative = {
  progress: string;
  problems: string;
  nextSteps: string;
  noProgress: boolean;
  noProgressReason: string;
};

/** The fields as the server has them, by field name: what the form starts from and a draft is compared with. */
export function serverFields(indicators: IndicatorRow[], narrative: FormNarrative): DraftFields {
  const fields: DraftFields = {
    progress: narrative.progress,
    problems: narrative.problems,
    nextSteps: narrative.nextSteps,
  };
  if (narrative.noProgress) {
    fields.noProgress = "on";
    fields.noProgressReason = narrative.noProgressReason;
  }
  const text = (value: number | null | undefined) => (value == null ? "" : String(value));
  for (const { id, kind, current } of indicators) {
    if (kind === "MILESTONE") {
      if (current?.done != null) fields[`${id}.done`] = String(current.done);
      if (current?.done) fields[`${id}.doneOn`] = current.doneOn ?? "";
      continue;
    }
    if (kind === "SUM") fields[`${id}.value`] = text(current?.value);
    else {
      fields[`${id}.numerator`] = text(current?.numerator);
      fields[`${id}.denominator`] = text(current?.denominator);
    }
    fields[`${id}.explanation`] = current?.explanation ?? "";
  }
  return fields;
}

type Base = { pointId: number; period: string; expectedVersion: number | null };

/** The save input from the form's fields: only the parts each kind of indicator has. */
export function readReportForm(form: FormData, indicators: IndicatorRow[], base: Base) {
  const get = (name: string) => String(form.get(name) ?? "");
  const noProgress = form.get("noProgress") === "on";
  return {
    ...base,
    narrative: { progress: get("progress"), problems: get("problems"), nextSteps: get("nextSteps") },
    noProgress,
    noProgressReason: noProgress ? get("noProgressReason") : "",
    values: indicators.map(({ id, kind }) => {
      const explanation = get(`${id}.explanation`);
      if (kind === "SUM") return { indicatorId: id, value: get(`${id}.value`), explanation };
      if (kind === "MILESTONE") {
        const done = get(`${id}.done`);
        // 未完成 sends no date: one typed before switching back means nothing.
        return done === "true"
          ? { indicatorId: id, done: true, doneOn: get(`${id}.doneOn`), explanation }
          : { indicatorId: id, done: done === "false" ? false : undefined, doneOn: "", explanation };
      }
      return { indicatorId: id, numerator: get(`${id}.numerator`), denominator: get(`${id}.denominator`), explanation };
    }),
  };
}

/** "values.1.numerator" (the schema's path) → "<indicatorId>.numerator" (the field's name); "narrative.progress" → "progress". */
export function fieldErrorsByName(
  errors: Record<string, string[]>,
  indicators: IndicatorRow[],
): Record<string, string[]> {
  const named: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const [head, index, key] = path.split(".");
    const name = head === "values" ? `${indicators[Number(index)]?.id}.${key}` : head === "narrative" ? index : path;
    (named[name] ??= []).push(...messages);
  }
  return named;
}

/**
 * The server's checks, run before sending: the schema, the value rules (whole things, a 说明 for a
 * value beyond belief, a milestone's date) against last month's approved values on the page, and
 * 进展情况 (or 本月无新进展 with its reason). `sending` (提交审核, 报送) also needs every figure.
 * `today` is the portal's day, which may not be the browser's.
 */
export function checkReportForm(
  input: ReturnType<typeof readReportForm>,
  indicators: IndicatorRow[],
  today: string,
  sending = false,
): Record<string, string[]> {
  const parsed = saveReportSchema.safeParse(input);
  const errors: Record<string, string[]> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  else
    parsed.data.values.forEach((row, index) => {
      const indicator = indicators[index];
      const last = indicator.lastApproved && cumulativeOf(indicator, indicator.lastApproved);
      const problems = [
        ...(sending ? missingValueProblems(indicator, row) : []),
        ...valueProblems(indicator, row, { period: input.period, today, lastApproved: last ?? null }),
      ];
      for (const problem of problems) (errors[`values.${index}.${problem.field}`] ??= []).push(problem.message);
    });
  // A draft may be saved without 进展情况 on the server; the form has always asked for it.
  for (const problem of narrativeProblems(
    { progress: input.narrative.progress, noProgress: input.noProgress, noProgressReason: input.noProgressReason },
    true,
  ))
    (errors[problem.field === "progress" ? "narrative.progress" : problem.field] ??= []).push(problem.message);
  return fieldErrorsByName(errors, indicators);
}
