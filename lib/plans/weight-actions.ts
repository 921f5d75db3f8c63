"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { planWeightsSchema, savePlanWeights } from "./weights";

export const savePlanWeightsAction = defineAction("plan.import", planWeightsSchema, (input, { viewer, clientAddress, requestId }) =>
  savePlanWeights(getPrisma(), viewer, { clientAddress, requestId }, input),
);
