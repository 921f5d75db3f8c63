// The demo runs on its clock end to end: started the way the start script starts it (the anchor the
// demo seed stored, handed over as PORTAL_CLOCK_ANCHOR), a report filed "now" is recorded at demo
// time, is not late, and its audit row carries the demo time beside the real one.
import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/viewer-type";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { buildAuditWorkbook } from "@/lib/audit/audit-workbook";
import { recordAudit } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { getPrisma } from "@/lib/db";
import { portalEnv, readEnv, resetPortalEnv, setPortalEnv } from "@/lib/env";
import { listDuties } from "@/lib/reports/duties";
import { getMonthOverview } from "@/lib/reports/queries";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { clockStartOf, portalNow } from "@/lib/time/clock";
import { anchorClock, anchorConfiguredClock, clockAnchorVariable } from "@/lib/time/clock-start";
import { shanghaiDay } from "@/lib/time/days";
import { dueDate, isOverdue } from "@/lib/time/due";
import { formatTimestamp } from "@/lib/time/format";

const PERIOD = "2022-10";
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

/** A county duty for October that the demo history left unfiled, with values its indicators accept. */
async function unfiledOctoberDuty() {
  const counties = await getPrisma().unit.findMany({ where: { kind: "COUNTY" }, orderBy: { sortOrder: "asc" } });
  for (const county of counties) {
    const filed = new Set(
      (
        await getPrisma().report.findMany({ where: { unitId: county.id, period: PERIOD }, select: { pointId: true } })
      ).map((report) => report.pointId),
    );
    const duty = (await listDuties(getPrisma(), county.id, "2022-12")).find(
      (candidate) => !filed.has(candidate.pointId),
    );
    if (duty) return { code: county.code, duty };
  }
  throw new Error("演示历史已填满十月,找不到未报的县区要点");
}

beforeAll(async () => {
  // What scripts/start.ts does in demo mode: read the stored start, hand it to the server.
  const anchor = await anchorConfiguredClock(getPrisma(), "demo", readEnv({}));
  setPortalEnv({ PORTAL_MODE: "demo", ...clockAnchorVariable(anchor) });
});
afterAll(() => {
  delete process.env.PORTAL_MODE;
  delete process.env.PORTAL_CLOCK_ANCHOR;
  resetPortalEnv();
});

describe("the demo clock", () => {
  it("reads the demo date, stored when the demo data was seeded, plus the time since", async () => {
    const demoStart = clockStartOf(portalEnv())!;
    expect(demoStart.toISOString()).toBe("2022-11-03T01:00:00.000Z");
    const stored = await getPrisma().clockStart.findUniqueOrThrow({ where: { startsAt: demoStart } });
    const expected = demoStart.getTime() + (Date.now() - stored.realStartedAt.getTime());
    expect(Math.abs(portalNow().getTime() - expected)).toBeLessThan(1_000);
    expect(shanghaiDay(portalNow())).toBe("2022-11-03");
  });

  it("keeps its first start however often the portal starts again", async () => {
    const startsAt = new Date("2031-01-01T01:00:00Z");
    const first = await anchorClock(getPrisma(), startsAt, new Date("2026-01-01T00:00:00Z"));
    const again = await anchorClock(getPrisma(), startsAt, new Date("2026-03-01T00:00:00Z"));
    expect(again).toEqual(first);
    expect(again.realStartedAt.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("hashes an audit row written before the clock existed (no real time beside it) exactly as before", async () => {
    await recordAudit(getPrisma(), { actor: null, action: "clock.test", result: "SUCCESS", context: context() });
    // The pre-clock hash, as the accounts_and_audit migration defined it.
    const [row] = await getPrisma().$queryRaw<{ now: string; before: string }[]>`
      WITH old AS (
        SELECT jsonb_populate_record(NULL::"AuditEvent", to_jsonb(e) - 'recordedAt') AS e
        FROM "AuditEvent" e WHERE action = 'clock.test' ORDER BY id DESC LIMIT 1
      )
      SELECT audit_event_hash(e) AS now,
        encode(sha256(convert_to(concat_ws(chr(31),
          (e)."prevHash", (e).id::text, to_char((e).at, 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          coalesce((e)."userId"::text, ''), coalesce((e).username, ''), coalesce((e).role, ''),
          coalesce((e)."unitCode", ''), (e).action, coalesce((e)."objectType", ''), coalesce((e)."objectId", ''),
          (e).result, coalesce((e)."clientAddress", ''), coalesce((e)."requestId", ''),
          coalesce((e).before::text, ''), coalesce((e).after::text, ''), coalesce((e).detail, '')
        ), 'UTF8')), 'hex') AS before
      FROM old`;
    expect(row.now).toBe(row.before);
  });

  it("records a county report submitted now at demo time, on time, and audits it at demo time beside the real time", async () => {
    const { code, duty } = await unfiledOctoberDuty();
    const reporter = await as(`${code}-reporter`);
    const values = duty.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      ...(indicator.kind === "SUM" ? { value: 1 } : {}),
      ...(indicator.kind === "RATE" || indicator.kind === "RATIO" ? { numerator: 1, denominator: 2 } : {}),
      ...(indicator.kind === "MILESTONE" ? { done: false } : {}),
      explanation: "演示时钟测试",
    }));
    const saved = await saveReport(getPrisma(), reporter, context(), {
      pointId: duty.pointId,
      period: PERIOD,
      expectedVersion: null,
      narrative: { progress: "按演示时钟报送", problems: "", nextSteps: "" },
      values,
    });
    const sent = await transitionReport(getPrisma(), reporter, context(), {
      reportId: saved.reportId,
      step: "sendForSignoff",
      expectedVersion: saved.version,
      reason: "",
    });
    const realBefore = Date.now();
    await transitionReport(getPrisma(), await as(`${code}-approver`), context(), {
      reportId: saved.reportId,
      step: "sign",
      expectedVersion: sent.version,
      reason: "",
    });

    const report = await getPrisma().report.findUniqueOrThrow({
      where: { id: saved.reportId },
      include: { events: { orderBy: { id: "asc" } } },
    });
    const onDemoDay = (at: Date | null) => expect(at && shanghaiDay(at)).toBe("2022-11-03");
    for (const at of [report.createdAt, report.updatedAt, report.submittedAt, ...report.events.map((e) => e.at)])
      onDemoDay(at);
    expect(report.state).toBe("SUBMITTED");
    expect(report.submittedAt!.getTime()).toBeLessThan(dueDate(PERIOD).getTime());
    expect(isOverdue(PERIOD, portalNow())).toBe(false);

    const month = await getMonthOverview(reporter, PERIOD);
    expect(month?.rows.find((row) => row.pointId === duty.pointId)?.overdue).toBe(false);

    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { action: "report.sign", objectId: String(saved.reportId) },
    });
    onDemoDay(audit.at);
    expect(audit.recordedAt!.getTime()).toBeGreaterThanOrEqual(realBefore - 1_000);
    expect(audit.recordedAt!.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
    const notices = await getPrisma().notification.findMany({ where: { link: `/reports/${saved.reportId}` } });
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) onDemoDay(notice.createdAt);
    expect(await verifyAuditChain(getPrisma())).toMatchObject({ ok: true });

    // The auditor's export shows both: the time the portal showed, and when the row was really written.
    const workbook = new ExcelJS.Workbook();
    const bytes = await buildAuditWorkbook("审计日志", [audit], (unitCode) => unitCode);
    await workbook.xlsx.load(Uint8Array.from(bytes).buffer);
    // Dates holding Beijing wall time, as Excel keeps times (no zone).
    const exported = workbook.getWorksheet("审计日志")!.getRow(3).values as Date[];
    const wall = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");
    expect(wall(exported[2])).toMatch(/^2022-11-03 /);
    expect(wall(exported.at(-1)!)).toBe(formatTimestamp(audit.recordedAt!));
  });
});
