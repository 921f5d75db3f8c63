import { apiRoute, jsonError } from "@/lib/api/api-route";
import { jsonPostRoute } from "@/lib/api/json-post-route";
import { getPrisma } from "@/lib/db";
import { catchReportRefusal } from "@/lib/reports/outcome";
import { saveReport } from "@/lib/reports/save-report";
import { saveReportSchema, submitReportSchema } from "@/lib/reports/schemas";
import { submitReport } from "@/lib/reports/submit-report";
import { listPeriodReports } from "@/lib/reports-api/list-period-reports";
import { outcomeResponse } from "@/lib/reports-api/outcome-response";
import { isPeriod } from "@/lib/time/periods";

// GET /api/v1/reports?period=2022-06[&unit=荔城区]
export const GET = apiRoute<Record<string, never>>("report.read", async (viewer, _params, request) => {
  const { searchParams } = new URL(request.url);
  const period = searchParams.get("period") ?? "";
  if (!isPeriod(period)) return jsonError(400, "参数 period 应为 2022-06 这样的年月。");
  const unit = searchParams.get("unit");
  const result = await listPeriodReports(getPrisma(), viewer, period, unit?.trim() || null);
  return result ? Response.json(result) : jsonError(404, "未找到该单位");
});

const saveOrSendSchema = saveReportSchema.extend({ step: submitReportSchema.shape.step.optional() });

// POST /api/v1/reports: the form's 保存 (no step), or 提交审核 / 报送 with its values (step), in one transaction.
export const POST = jsonPostRoute("report.file", saveOrSendSchema, (input, { viewer, clientAddress, requestId }) => {
  const { step, ...values } = input;
  return catchReportRefusal(() =>
    step
      ? submitReport(getPrisma(), viewer, { clientAddress, requestId }, { ...values, step })
      : saveReport(getPrisma(), viewer, { clientAddress, requestId }, values),
  ).then(outcomeResponse);
});
