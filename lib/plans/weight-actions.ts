"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { indicatorScheduleSchema, saveIndicatorSchedule } from "./schedules";
import { planWeightsSchema, savePlanWeights } from "./weights";

export const savePlanWeightsAction = defineAction(
  "plan.manage",
  planWeightsSchema,
  (input, { viewer, clientAddress, requestId }) =>
    savePlanWeights(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const saveIndicatorScheduleAction = defineAction(
  "plan.manage",
  indicatorScheduleSchema,
  (input, { viewer, clientAddress, requestId }) =>
    saveIndicatorSchedule(getPrisma(), viewer, { clientAddress, requestId }, input),
);
