"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { decideExtension } from "./decide-extension";
import { requestExtension } from "./request-extension";
import { decideExtensionSchema, requestExtensionSchema } from "./schemas";

// "extension.request" admits the reporting roles (and the supervisor, whom requestExtension refuses);
// "plan.import" is the policy's supervisor-only row. The lib functions check the role again.
export const requestExtensionAction = defineAction(
  "extension.request",
  requestExtensionSchema,
  (input, { viewer, clientAddress, requestId }) =>
    requestExtension(getPrisma(), viewer, { clientAddress, requestId }, input),
);

export const decideExtensionAction = defineAction(
  "extension.decide",
  decideExtensionSchema,
  (input, { viewer, clientAddress, requestId }) =>
    decideExtension(getPrisma(), viewer, { clientAddress, requestId }, input),
);
