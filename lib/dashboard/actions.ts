"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";
import { OVERDUE_LIST_LIMIT } from "./progress-sql";
import { listReadableReportIds } from "./readable-reports";

const readableReportsSchema = z.object({
  reportIds: z.array(idSchema("报告编号")).max(OVERDUE_LIST_LIMIT, "报告过多"),
});

/** The listed reports the caller may open (the overdue list asks, then links only those). */
export const listReadableReportsAction = defineAction(
  "report.read",
  readableReportsSchema,
  ({ reportIds }, { viewer }) => listReadableReportIds(getPrisma(), viewer, reportIds),
);
