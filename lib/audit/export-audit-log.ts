import "server-only";
import { getPrisma } from "@/lib/db";
import { listUnitOptions } from "@/lib/org/queries";
import { portalNow } from "@/lib/time/clock";
import { formatTimestamp } from "@/lib/time/format";
import { buildAuditWorkbook } from "./audit-workbook";
import { describeAuditFilters } from "./labels";
import { listAuditRowsForExport } from "./queries";
import { recordAudit, type AuditActor, type RequestContext } from "./record-audit";
import type { AuditFilters } from "./schemas";

export const AUDIT_EXPORT_LIMIT = 50_000;

export type AuditExport = { body: Buffer; filename: string; asciiFilename: string; rows: number; capped: boolean };

type ExportRequest = { filters: AuditFilters; actor: AuditActor; context: RequestContext; now?: Date; limit?: number };

/**
 * The rows the auditor's page shows for these filters, newest first, as an .xlsx file. The export
 * is itself audited before the file is handed out: if that record cannot be written, nothing leaves.
 */
export async function exportAuditLog({
  filters,
  actor,
  context,
  now = portalNow(),
  limit = AUDIT_EXPORT_LIMIT,
}: ExportRequest): Promise<AuditExport> {
  const units = new Map((await listUnitOptions()).map((unit) => [unit.code, unit.name]));
  const unitName = (code: string) => units.get(code) ?? code;
  const { rows, capped } = await listAuditRowsForExport(filters, limit);
  const stamp = formatTimestamp(now);
  const cap = capped
    ? ` (超过 ${limit.toLocaleString("en-US")} 条,仅导出最新的 ${limit.toLocaleString("en-US")} 条,请缩小筛选范围)`
    : "";
  const body = await buildAuditWorkbook(
    `审计日志导出 ${describeAuditFilters(filters, unitName)} ${stamp}${cap}`,
    rows,
    unitName,
  );
  await recordAudit(getPrisma(), {
    actor,
    action: "audit.export",
    result: "SUCCESS",
    objectType: "AuditEvent",
    detail: JSON.stringify({ filters, rows: rows.length, capped }),
    context,
  });
  const compact = stamp.replaceAll("-", "").replaceAll(":", "").replace(" ", "-");
  return {
    body,
    filename: `审计日志-${compact}.xlsx`,
    asciiFilename: `audit-log-${compact}.xlsx`,
    rows: rows.length,
    capped,
  };
}

/** attachment with a plain ASCII name for old clients and the Chinese one (RFC 6266 / 5987) for the rest. */
export function attachmentDisposition(asciiFilename: string, filename: string): string {
  const safe = asciiFilename.replace(/[^A-Za-z0-9._-]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*!]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${safe}"; filename*=UTF-8''${encoded}`;
}
