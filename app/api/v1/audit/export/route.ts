import { randomUUID } from "node:crypto";
import { apiRoute } from "@/lib/api/api-route";
import { auditActorOf } from "@/lib/audit/actor";
import { attachmentDisposition, exportAuditLog } from "@/lib/audit/export-audit-log";
import { parseAuditSearchParams } from "@/lib/audit/schemas";
import { CLIENT_ADDRESS_HEADER, REQUEST_ID_HEADER } from "@/lib/request-headers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// GET /api/v1/audit/export?user=&unit=&action=&from=&to=&result= — the auditor's page filters.
export const GET = apiRoute<Record<string, never>>("audit.export", async (viewer, _params, request) => {
  const { searchParams } = new URL(request.url);
  const { filters } = parseAuditSearchParams(
    Object.fromEntries([...searchParams.keys()].map((key) => [key, searchParams.getAll(key)])),
  );
  const context = {
    clientAddress: request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown",
    requestId: request.headers.get(REQUEST_ID_HEADER) ?? randomUUID(),
  };
  const file = await exportAuditLog({ filters, actor: auditActorOf(viewer), context });
  return new Response(new Uint8Array(file.body), {
    headers: { "Content-Type": XLSX, "Content-Disposition": attachmentDisposition(file.asciiFilename, file.filename) },
  });
});
