"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { applyCloseout } from "./apply-closeout";
import { applyCloseoutSchema, closeoutStepSchema } from "./schemas";
import { CLOSEOUT_STEPS, type CloseoutStep } from "./steps";
import { transitionCloseout } from "./transition-closeout";

export const applyCloseoutAction = defineAction(
  "closeout.apply",
  applyCloseoutSchema,
  (input, { viewer, clientAddress, requestId }) =>
    applyCloseout(getPrisma(), viewer, { clientAddress, requestId }, input),
);

// The right depends on the step: the lead department's (verify) or the office's (销号, reopen).
const rightOfStep = (input: unknown) => {
  const step = (input as { step?: unknown } | null)?.step;
  return typeof step === "string" && Object.hasOwn(CLOSEOUT_STEPS, step)
    ? CLOSEOUT_STEPS[step as CloseoutStep].right
    : "closeout.close";
};

export const closeoutStepAction = defineAction(
  rightOfStep,
  closeoutStepSchema,
  (input, { viewer, clientAddress, requestId }) =>
    transitionCloseout(getPrisma(), viewer, { clientAddress, requestId }, input),
);
