"use server";

import { auditActorOf } from "@/lib/audit/actor";
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { portalNow } from "@/lib/time/clock";
import { shanghaiYear } from "@/lib/time/days";
import { findPlanProblems } from "./check-plan";
import { withEveryCountyQuotas } from "./every-county-quotas";
import { proposePlan } from "./propose-plan";
import { savePlan } from "./save-plan";
import { planDocumentSchema, planImportSchema } from "./schemas";

export const proposePlanImportAction = defineAction("plan.import", planDocumentSchema, async ({ sourceText }) => {
  const proposal = proposePlan(sourceText, shanghaiYear(portalNow()));
  const year = proposal.plan.year;
  // Said before the supervisor reviews 40 points, not after: the same year is refused at confirmation.
  if (await getPrisma().plan.findUnique({ where: { year }, select: { id: true } }))
    proposal.warnings.unshift(`${year}年的工作要点已在平台中,确认导入将被拒绝;请核对年度。`);
  return proposal;
});

export const confirmPlanImportAction = defineAction(
  "plan.import",
  planImportSchema,
  async ({ plan, sourceText }, { viewer, clientAddress, requestId }) => {
    const problems = findPlanProblems(plan, sourceText);
    if (problems.length) throw new UserError(problems.join("\n"));
    const counties = await getPrisma().unit.findMany({ where: { kind: "COUNTY" }, select: { code: true } });
    await savePlan(
      getPrisma(),
      withEveryCountyQuotas(
        plan,
        counties.map((unit) => unit.code),
      ),
      {
        sourceText,
        demoQuotas: false,
        audit: { actor: auditActorOf(viewer), context: { clientAddress, requestId } },
      },
    );
    return { year: plan.year };
  },
);
