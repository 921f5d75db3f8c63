// A county report of the month that its lead department has just returned (退回), so it can be
// edited again: the way scenarios 2 and 3 get a report two people can work on.
import type { Duty } from "../../lib/reports/duties";
import { signInAs } from "./accounts";
import { FAULTS_PERIOD, type FaultContext } from "./context";
import { dutiesOf, unitOf } from "./report-bodies";
import type { Tally } from "./tally";

export type ReturnedReport = { reportId: number; version: number; duty: Duty; unitId: number };

export async function returnedReport(context: FaultContext, tally: Tally, county: string): Promise<ReturnedReport> {
  const reporter = `${county}-reporter`;
  const unit = await unitOf(context.db, reporter);
  const duties = await dutiesOf(context.db, reporter, FAULTS_PERIOD);
  const report = await context.db.report.findFirst({
    where: {
      unitId: unit.id,
      period: FAULTS_PERIOD,
      state: "SUBMITTED",
      pointId: { in: duties.map((d) => d.pointId) },
    },
    orderBy: { pointId: "asc" },
    select: { id: true, version: true, pointId: true, point: { select: { leadUnitId: true } } },
  });
  if (!report) throw new Error(`${county} 没有 ${FAULTS_PERIOD} 已报送的报告(场景 1 未完成?)`);
  const lead = await context.db.user.findFirstOrThrow({
    where: { unitId: report.point.leadUnitId, role: "DEPARTMENT", isDemo: true },
    select: { username: true },
  });
  const reviewer = await signInAs(context, lead.username, tally);
  const answer = await reviewer.postJson(`/api/v1/reports/${report.id}/steps`, {
    step: "return",
    expectedVersion: report.version,
    reason: "故障测试:请核对后重新报送",
  });
  if (answer.status !== 200) throw new Error(`退回报告 ${report.id} 失败: HTTP ${answer.status} ${answer.text}`);
  context.ledger.record(report.id, "return", (answer.body as { version: number }).version);
  return {
    reportId: report.id,
    version: (answer.body as { version: number }).version,
    duty: duties.find((duty) => duty.pointId === report.pointId) as Duty,
    unitId: unit.id,
  };
}
