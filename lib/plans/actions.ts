"use server";

import { auditActorOf } from "@/lib/audit/actor";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { shanghaiYear } from "@/lib/time/days";
import { findPlanProblems } from "./check-plan";
import { proposePlan } from "./propose-plan";
import { savePlan } from "./save-plan";
import { planDocumentSchema, planImportSchema } from "./schemas";

export const proposePlanImportAction = defineAction("plan.import", planDocumentSchema, async ({ sourceText }) =>
  proposePlan(sourceText, shanghaiYear(portalNow())),
);

export const confirmPlanImportAction = defineAction(
  "plan.import",
  planImportSchema,
  async ({ plan, sourceText }, { viewer, clientAddress, requestId }) => {
    const problems = findPlanProblems(plan, sourceText);
    if (problems.length) throw new UserError(problems.join("\n"));
    await savePlan(getPrisma(), plan, {
      sourceText,
      demoQuotas: false,
      audit: { actor: auditActorOf(viewer), context: { clientAddress, requestId } },
    });
    return { year: plan.year };
  },
);
