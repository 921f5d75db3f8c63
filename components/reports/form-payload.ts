import { saveReportSchema } from "@/lib/reports/schemas";
import { cumulativeOf, valueProblems } from "@/lib/reports/value-rules";
import type { IndicatorRow } from "@/lib/reports/value-rows";

type Base = { pointId: number; period: string; expectedVersion: number | null };

/** The save input from the form's fields: only the parts each kind of indicator has. */
export function readReportForm(form: FormData, indicators: IndicatorRow[], base: Base) {
  const get = (name: string) => String(form.get(name) ?? "");
  return {
    ...base,
    narrative: { progress: get("progress"), problems: get("problems"), nextSteps: get("nextSteps") },
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
 * 进展情况 being required. `today` is the portal's day, which may not be the browser's.
 */
export function checkReportForm(
  input: ReturnType<typeof readReportForm>,
  indicators: IndicatorRow[],
  today: string,
): Record<string, string[]> {
  const parsed = saveReportSchema.safeParse(input);
  const errors: Record<string, string[]> = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  else
    parsed.data.values.forEach((row, index) => {
      const indicator = indicators[index];
      const last = indicator.lastApproved && cumulativeOf(indicator, indicator.lastApproved);
      for (const problem of valueProblems(indicator, row, { period: input.period, today, lastApproved: last ?? null }))
        (errors[`values.${index}.${problem.field}`] ??= []).push(problem.message);
    });
  if (input.narrative.progress.trim() === "") (errors["narrative.progress"] ??= []).push("请填写进展情况");
  return fieldErrorsByName(errors, indicators);
}
