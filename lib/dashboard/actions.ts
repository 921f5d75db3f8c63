"use server";

import { defineAction } from "@/lib/actions/define-action";
import { getPrisma } from "@/lib/db";
import { idSchema } from "@/lib/validation/id";
import { z } from "@/lib/validation/zod";
import { OVERDUE_LIST_LIMIT } from "./progress-sql";
import { readableReportIds } from "./unit-dashboard";

const readableReportsSchema = z.object({
  reportIds: z.array(idSchema("报告编号")).max(OVERDUE_LIST_LIMIT, "报告过多"),
});

/**
 * Of the reports a shared page lists (the dashboard is rendered once for every reader), those the
 * caller may open, by the report page's own rule: the overdue list links only these.
 */
export const listReadableReportsAction = defineAction(
  "report.read",
  readableReportsSchema,
  async ({ reportIds }, { viewer }) => [...(await readableReportIds(getPrisma(), viewer, reportIds))],
);
