import { apiRoute, jsonError } from "@/lib/api/api-route";
import { attachmentDisposition } from "@/lib/audit/export-audit-log";
import { exportLedger } from "@/lib/ledger/export-ledger";
import { parseLedgerQuery } from "@/lib/ledger/ledger-query";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// GET /api/v1/dashboard/ledger?period=2022-10[&section=][&unit=][&status=]: the 督办台账 as .xlsx.
export const GET = apiRoute<Record<string, never>>("dashboard.readAll", async (_viewer, _params, request) => {
  const parsed = parseLedgerQuery(new URL(request.url).searchParams);
  if ("errors" in parsed) return jsonError(400, Object.values(parsed.errors).join(";"));
  const file = await exportLedger(parsed.query);
  if (!file) return jsonError(404, "未找到该年度该月份的工作要点");
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": XLSX, "Content-Disposition": attachmentDisposition(file.asciiFilename, file.filename) },
  });
});
