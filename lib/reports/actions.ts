"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { catchReportRefusal, type Saved } from "./outcome";
import { saveReport } from "./save-report";
import { reportStepSchema, saveReportSchema, submitReportSchema } from "./schemas";
import { submitReport } from "./submit-report";
import type { ReportSnapshot } from "./snapshot";
import { transitionReport } from "./transition-report";
import { rightOfStep } from "./workflow";

/** A refused save or step carries, on a version conflict, what the report says now. */
export type ReportActionResult =
  | { ok: true; data: Saved }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]>; conflict?: ReportSnapshot };

const save = defineAction("report.file", saveReportSchema, (input, { viewer, clientAddress, requestId }) =>
  catchReportRefusal(() => saveReport(getPrisma(), viewer, { clientAddress, requestId }, input)),
);

const step = defineAction(
  (input, viewer) => rightOfStep((input as { step?: unknown } | null)?.step, viewer),
  reportStepSchema,
  (input, { viewer, clientAddress, requestId }) =>
    catchReportRefusal(() => transitionReport(getPrisma(), viewer, { clientAddress, requestId }, input)),
);

const submit = defineAction("report.file", submitReportSchema, (input, { viewer, clientAddress, requestId }) =>
  catchReportRefusal(() => submitReport(getPrisma(), viewer, { clientAddress, requestId }, input)),
);

function unwrap(result: Awaited<ReturnType<typeof save>>): ReportActionResult {
  if (!result.ok) return result;
  if ("conflict" in result.data) return { ok: false, message: result.data.message, conflict: result.data.conflict };
  if ("fieldErrors" in result.data)
    return { ok: false, message: result.data.message, fieldErrors: result.data.fieldErrors };
  return { ok: true, data: result.data.saved };
}

export async function saveReportAction(input: unknown): Promise<ReportActionResult> {
  return unwrap(await save(input));
}

export async function reportStepAction(input: unknown): Promise<ReportActionResult> {
  return unwrap(await step(input));
}

/** 提交审核 / 报送 with the form's values: saved and sent together, or neither. */
export async function submitReportAction(input: unknown): Promise<ReportActionResult> {
  return unwrap(await submit(input));
}
