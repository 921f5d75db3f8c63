"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { changeFirstPeriod } from "./change-first-period";
import { publishPlan } from "./publish-plan";
import { changeFirstPeriodSchema, publishPlanSchema } from "./schemas";

export const publishPlanAction = defineAction(
  "plan.publish",
  publishPlanSchema,
  (input, { viewer, clientAddress, requestId }) =>
    publishPlan(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const changeFirstPeriodAction = defineAction(
  "plan.publish",
  changeFirstPeriodSchema,
  (input, { viewer, clientAddress, requestId }) =>
    changeFirstPeriod(getPrisma(), viewer, { clientAddress, requestId }, input),
);
