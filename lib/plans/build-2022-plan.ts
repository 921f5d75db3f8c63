import { applyPlanDecisions } from "./apply-plan-decisions";
import { parsePlanDocument } from "./parse-plan-document";
import { plan2022Decisions } from "./plan-2022-decisions";
import type { PlanData } from "./plan-data";

/** The 2022 plan as shipped: the parser's reading of the document plus the reviewed decisions. */
export function build2022Plan(sourceText: string): PlanData {
  return applyPlanDecisions(parsePlanDocument(sourceText), plan2022Decisions);
}
