import "server-only";
import { problemResponse } from "@/lib/http/problem";
import type { ReportOutcome } from "@/lib/reports/outcome";

/** 200 { reportId, version }; 409 with what the report says now; 422 with the refused values' messages. */
export function outcomeResponse(outcome: ReportOutcome): Response {
  if ("saved" in outcome) return Response.json(outcome.saved);
  if ("conflict" in outcome) return problemResponse(409, outcome.message, { current: outcome.conflict });
  return problemResponse(422, outcome.message, { errors: outcome.fieldErrors });
}
