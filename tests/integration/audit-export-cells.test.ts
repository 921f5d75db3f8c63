// The auditor's export keeps each kind of value as what it is: ids as numbers, times as Excel dates in
// Beijing wall time, actions in Chinese; and it prints on A4 landscape with the header on every page.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exportAuditLog } from "@/lib/audit/export-audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { getPrisma } from "@/lib/db";
import { formatTimestamp } from "@/lib/time/format";
import { loadWorkbook } from "./helpers/workbook-read";

describe("the audit log's export", () => {
  it("writes ids as numbers, times as dates and actions as their Chinese labels", async () => {
    const username = `cells-${randomUUID().slice(0, 8)}`;
    const auditor = await getPrisma().user.findUniqueOrThrow({ where: { username: "auditor" }, select: { id: true } });
    const actor = { userId: auditor.id, username, role: "AUDITOR" as const, unitCode: "city" };
    const context = { clientAddress: "127.0.0.1", requestId: randomUUID() };
    await recordAudit(getPrisma(), { actor, action: "auth.sign-in", result: "SUCCESS", context });
    const row = await getPrisma().auditEvent.findFirstOrThrow({ where: { username } });
    const file = await exportAuditLog({ filters: { user: username }, actor, context });
    const sheet = (await loadWorkbook(file.body)).getWorksheet("审计日志")!;
    const cells = sheet.getRow(3);
    expect(cells.getCell(1).value).toBe(Number(row.id));
    const at = cells.getCell(2).value as Date;
    expect(at).toBeInstanceOf(Date);
    // The cell's zone-less time is the Beijing wall time.
    expect(at.toISOString().slice(0, 19).replace("T", " ")).toBe(formatTimestamp(row.at));
    expect(cells.getCell(2).numFmt).toBe("yyyy-mm-dd hh:mm:ss");
    const recorded = cells.getCell(14).value as Date;
    expect(recorded.toISOString().slice(0, 19).replace("T", " ")).toBe(formatTimestamp(row.recordedAt!));
    expect(cells.getCell(14).numFmt).toBe("yyyy-mm-dd hh:mm:ss");
    expect(cells.getCell(6).value).toBe("登录");
    expect(cells.getCell(8).value).toBe("成功");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe("2:2");
  });
});
