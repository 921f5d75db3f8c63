import { apiRoute, jsonError } from "@/lib/api/api-route";
import { attachmentDisposition } from "@/lib/audit/export-audit-log";
import { getPrisma } from "@/lib/db";
import { buildReportTemplate } from "@/lib/reports/excel-template";
import { filingPeriodProblem, planOfPeriod } from "@/lib/reports/filing-period";
import { portalNow } from "@/lib/time/clock";
import { currentPeriod, isPeriod, periodYear } from "@/lib/time/periods";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// GET /api/v1/reports/template?period=2022-10 — the viewer's own unit's template for the month.
export const GET = apiRoute<Record<string, never>>("report.file", async (viewer, _params, request) => {
  const period = new URL(request.url).searchParams.get("period") ?? currentPeriod(portalNow());
  if (!isPeriod(period)) return jsonError(400, "月份格式应为 2022-10");
  const plan = await planOfPeriod(getPrisma(), period);
  if (plan === null) return jsonError(404, `${periodYear(period)}年没有工作要点`);
  const problem = filingPeriodProblem(period, plan);
  if (problem) return jsonError(400, problem);
  const file = await buildReportTemplate(getPrisma(), viewer, period);
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": XLSX, "Content-Disposition": attachmentDisposition(file.asciiFilename, file.filename) },
  });
});
