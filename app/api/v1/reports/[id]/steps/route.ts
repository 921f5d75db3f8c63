import { jsonError } from "@/lib/api/api-route";
import { jsonPostRoute } from "@/lib/api/json-post-route";
import { getPrisma } from "@/lib/db";
import { catchReportRefusal } from "@/lib/reports/outcome";
import { reportStepSchema } from "@/lib/reports/schemas";
import { transitionReport } from "@/lib/reports/transition-report";
import { rightOfStep } from "@/lib/reports/workflow";
import { outcomeResponse } from "@/lib/reports-api/outcome-response";
import { parseIdParam } from "@/lib/validation/id";

const stepSchema = reportStepSchema.omit({ reportId: true });

// POST /api/v1/reports/<id>/steps { step, expectedVersion, reason }: 签发, 退回, 报送, 审核通过, 退回修改, 重新打开.
export const POST = jsonPostRoute<typeof stepSchema, { id: string }>(
  (body, viewer) => rightOfStep((body as { step?: unknown } | null)?.step, viewer),
  stepSchema,
  async (input, { viewer, clientAddress, requestId }, { id }) => {
    const reportId = parseIdParam(id);
    if (reportId === null) return jsonError(404, "报告不存在。");
    return outcomeResponse(
      await catchReportRefusal(() =>
        transitionReport(getPrisma(), viewer, { clientAddress, requestId }, { ...input, reportId }),
      ),
    );
  },
);
