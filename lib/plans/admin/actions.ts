"use server";
// The plan administration's doors: each asks plan.manage, parses its input, and hands the
// transaction to one file per job in this folder.
import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { addMilestone } from "./add-milestone";
import { createIndicator } from "./create-indicator";
import { deleteIndicator } from "./delete-indicator";
import { fillBaselinesFromPreviousYear } from "./previous-year-baselines";
import { retireIndicator } from "./retire-indicator";
import { saveBaselines } from "./save-baselines";
import {
  addMilestoneSchema,
  createIndicatorSchema,
  deleteIndicatorSchema,
  previousYearBaselinesSchema,
  retireIndicatorSchema,
  saveBaselinesSchema,
  updateIndicatorSchema,
  updatePointSchema,
} from "./schemas";
import { updateIndicator } from "./update-indicator";
import { updatePoint } from "./update-point";

export const updatePointAction = defineAction("plan.manage", updatePointSchema, (input, { viewer, ...context }) =>
  updatePoint(getPrisma(), viewer, context, input),
);

export const createIndicatorAction = defineAction(
  "plan.manage",
  createIndicatorSchema,
  (input, { viewer, ...context }) => createIndicator(getPrisma(), viewer, context, input),
);

export const updateIndicatorAction = defineAction(
  "plan.manage",
  updateIndicatorSchema,
  (input, { viewer, ...context }) => updateIndicator(getPrisma(), viewer, context, input),
);

export const retireIndicatorAction = defineAction(
  "plan.manage",
  retireIndicatorSchema,
  (input, { viewer, ...context }) => retireIndicator(getPrisma(), viewer, context, input),
);

export const deleteIndicatorAction = defineAction(
  "plan.manage",
  deleteIndicatorSchema,
  (input, { viewer, ...context }) => deleteIndicator(getPrisma(), viewer, context, input),
);

export const addMilestoneAction = defineAction("plan.manage", addMilestoneSchema, (input, { viewer, ...context }) =>
  addMilestone(getPrisma(), viewer, context, input),
);

export const saveBaselinesAction = defineAction("plan.manage", saveBaselinesSchema, (input, { viewer, ...context }) =>
  saveBaselines(getPrisma(), viewer, context, input),
);

export const fillBaselinesFromPreviousYearAction = defineAction(
  "plan.manage",
  previousYearBaselinesSchema,
  (input, { viewer, ...context }) => fillBaselinesFromPreviousYear(getPrisma(), viewer, context, input),
);
