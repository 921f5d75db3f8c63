import { apiRoute, jsonError } from "@/lib/api/api-route";
import { attachmentDisposition } from "@/lib/audit/export-audit-log";
import { getPrisma } from "@/lib/db";
import { parseYear } from "@/lib/plans/params";
import { buildQuotaWorkbook } from "@/lib/plans/quotas/excel-build";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// GET /api/v1/plans/2022/quotas — 下载分解表: the plan's SPLIT indicators × counties as .xlsx.
export const GET = apiRoute<{ year: string }>("plan.manage", async (_viewer, params) => {
  const year = parseYear(params.year);
  const plan = year === null ? null : await getPrisma().plan.findUnique({ where: { year }, select: { id: true } });
  if (year === null || !plan) return jsonError(404, "没有该年度的工作要点");
  const file = await buildQuotaWorkbook(getPrisma(), year);
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": XLSX, "Content-Disposition": attachmentDisposition(file.asciiFilename, file.filename) },
  });
});
