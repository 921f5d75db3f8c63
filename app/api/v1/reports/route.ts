import { apiRoute, jsonError } from "@/lib/api/api-route";
import { getPrisma } from "@/lib/db";
import { listPeriodReports } from "@/lib/reports-api/list-period-reports";
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
