"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { findPlanProblems } from "./check-plan";
import { proposePlan } from "./propose-plan";
import { savePlan } from "./save-plan";
import { planDocumentSchema, planImportSchema } from "./schemas";

export const proposePlanImportAction = defineAction(planDocumentSchema, async ({ sourceText }) =>
  proposePlan(sourceText, new Date().getFullYear()),
);

export const confirmPlanImportAction = defineAction(planImportSchema, async ({ plan, sourceText }) => {
  const problems = findPlanProblems(plan, sourceText);
  if (problems.length) throw new UserError(problems.join("\n"));
  await savePlan(getPrisma(), plan, { sourceText, demoQuotas: false });
  return { year: plan.year };
});
