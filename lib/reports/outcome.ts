// What a save or step of a report came to, for both of its doors (the form's server actions and
// POST /api/v1/reports): saved, refused because someone else changed it (with what it says now),
// or refused values beside their fields. Caught inside the handler, since the doors' wrappers
// reduce every other UserError to its message.
import "server-only";
import { ReportConflictError, ValueProblemsError } from "./errors";
import type { ReportSnapshot } from "./snapshot";

export type Saved = { reportId: number; version: number };

export type ReportOutcome =
  | { saved: Saved }
  | { conflict: ReportSnapshot; message: string }
  | { fieldErrors: Record<string, string[]>; message: string };

export async function catchReportRefusal(run: () => Promise<Saved>): Promise<ReportOutcome> {
  try {
    return { saved: await run() };
  } catch (error) {
    if (error instanceof ReportConflictError) return { conflict: error.current, message: error.message };
    if (error instanceof ValueProblemsError) return { fieldErrors: error.fieldErrors, message: error.message };
    throw error;
  }
}
