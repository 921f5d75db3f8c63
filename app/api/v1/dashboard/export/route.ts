import { apiRoute, jsonError } from "@/lib/api/api-route";
import { attachmentDisposition } from "@/lib/audit/export-audit-log";
import { exportDashboard } from "@/lib/dashboard/export/export-dashboard";
import { parseExportQuery } from "@/lib/dashboard/export/export-query";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// GET /api/v1/dashboard/export?view=plan|indicator|county|department&period=2022-10[&id=][&code=]: the view as .xlsx.
export const GET = apiRoute<Record<string, never>>("dashboard.readCounty", async (viewer, _params, request) => {
  const parsed = parseExportQuery(new URL(request.url).searchParams);
  if ("error" in parsed) return jsonError(400, parsed.error);
  const outcome = await exportDashboard(viewer, parsed.query);
  if ("error" in outcome) return jsonError(outcome.status, outcome.error);
  const { body, filename, asciiFilename } = outcome.file;
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": XLSX, "Content-Disposition": attachmentDisposition(asciiFilename, filename) },
  });
});
