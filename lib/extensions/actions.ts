"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { decideExtension } from "./decide-extension";
import { requestExtension } from "./request-extension";
import { decideExtensionSchema, requestExtensionSchema } from "./schemas";

// "report.act" admits the reporting roles (and the supervisor, whom requestExtension refuses);
// "plan.import" is the policy's supervisor-only row. The lib functions check the role again.
export const requestExtensionAction = defineAction(
  "report.act",
  requestExtensionSchema,
  (input, { viewer, clientAddress, requestId }) =>
    requestExtension(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const decideExtensionAction = defineAction(
  "plan.import",
  decideExtensionSchema,
  (input, { viewer, clientAddress, requestId }) =>
    decideExtension(getPrisma(), viewer, { clientAddress, requestId }, input),
);
