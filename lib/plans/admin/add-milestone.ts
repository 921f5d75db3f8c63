// A milestone of a qualitative point ("6月底前出台实施办法"): an indicator done or not by its day,
// one item (项), reported by the lead department through the monthly report like any other.
import "server-only";
import type { RequestContext } from "@/lib/audit/record-audit";
import type { Viewer } from "@/lib/auth/viewer-type";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createIndicator } from "./create-indicator";
import type { AddMilestoneInput } from "./schemas";

export function addMilestone(db: PrismaClient, viewer: Viewer, context: RequestContext, input: AddMilestoneInput) {
  return createIndicator(db, viewer, context, {
    pointId: input.pointId,
    name: input.name,
    unit: "项",
    target: 1,
    direction: "AT_LEAST",
    kind: "MILESTONE",
    wholeNumbers: false,
    quotaMode: "NONE",
    rule: "BY_DATE",
    dueOn: input.dueOn,
    sourceText: input.sourceText,
    reason: input.reason,
  });
}
