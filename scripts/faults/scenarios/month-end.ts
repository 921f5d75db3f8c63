// 11 月末截止时刻: November's reports are due by the end of 5 December, Beijing time. The portal is
// restarted on a clock that reads 2022-12-05 23:59:59 at a chosen real instant (the stored clock
// start, lib/time/clock-start.ts, is written beforehand with that instant); the county head signs
// one report then, and another a second later, at 00:00:00 on the 6th. The first counts as on
// time, the second as 逾期, by the dashboard's own rule (the first submission's Beijing day).
import { signInAs } from "../accounts";
import { FAULTS_PERIOD, MONTH_END_COUNTY, type Scenario } from "../context";
import { bodyFor, dutiesOf, unitOf } from "../report-bodies";

const LAST_SECOND = "2022-12-05T23:59:59+08:00";
const DUE_DAY = "2022-12-05";
/** The second sign is sent just after midnight; the first at 23:59:59.000, leaving it a second to be recorded. */
const PAST_MIDNIGHT_MS = 20;
/** The restart must be over by the chosen instant: three times the last start, at least 15 s. */
const restartAllowance = (lastStartMs: number) => Math.max(15_000, 3 * lastStartMs);

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

export const monthEnd: Scenario = {
  name: "11 月末 23:59:59 与 00:00:00",
  async run(context, tally) {
    const reporterName = `${MONTH_END_COUNTY}-reporter`;
    const unit = await unitOf(context.db, reporterName);
    const duties = await dutiesOf(context.db, reporterName, FAULTS_PERIOD);
    // Scenario 1 left them unsent; scenario 5 may have imported them as drafts.
    const reports = await context.db.report.findMany({
      where: { unitId: unit.id, period: FAULTS_PERIOD },
      select: { pointId: true, state: true, version: true },
    });
    const versionOf = (pointId: number) => reports.find((report) => report.pointId === pointId);
    const open = duties.filter((duty) => [undefined, "DRAFT"].includes(versionOf(duty.pointId)?.state)).slice(0, 2);
    if (open.length < 2) throw new Error(`${MONTH_END_COUNTY} 没有两份未报送的 ${FAULTS_PERIOD} 报告`);
    const reporter = await signInAs(context, reporterName, tally);
    const awaiting: { reportId: number; version: number }[] = [];
    for (const duty of open) {
      const body = bodyFor(duty, FAULTS_PERIOD, versionOf(duty.pointId)?.version ?? null);
      const answer = await reporter.postJson("/api/v1/reports", { ...body, step: "sendForSignoff" });
      const saved = answer.body as { reportId: number; version: number };
      context.ledger.record(saved.reportId, "sendForSignoff", saved.version);
      awaiting.push(saved);
    }

    // The clock reads 23:59:59.000 at `instant` (real time), after the restart below has finished.
    const instant = Date.now() + restartAllowance(context.lastStartMs());
    await context.db.clockStart.create({ data: { startsAt: new Date(LAST_SECOND), realStartedAt: new Date(instant) } });
    const restartedAt = Date.now();
    await context.restartPortal({ PORTAL_CLOCK: LAST_SECOND });
    tally.check(
      Date.now() < instant,
      `门户重启用了 ${((Date.now() - restartedAt) / 1000).toFixed(0)} 秒,错过了 23:59:59`,
    );
    const approver = await signInAs(context, `${MONTH_END_COUNTY}-approver`, tally);
    const sign = (report: { reportId: number; version: number }) =>
      approver.postJson(`/api/v1/reports/${report.reportId}/steps`, {
        step: "sign",
        expectedVersion: report.version,
        reason: "",
      });
    for (const [index, report] of awaiting.entries()) {
      await sleepUntil(instant + index * (1000 + PAST_MIDNIGHT_MS));
      const answer = await sign(report);
      if (answer.status === 200)
        context.ledger.record(report.reportId, "sign", (answer.body as { version: number }).version);
    }

    const rows = await context.db.$queryRaw<{ reportId: number; at: string; onTime: boolean }[]>`
      SELECT "reportId", to_char(min(at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS.MS') AS at,
             (min(at) AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai')::date <= ${DUE_DAY}::date AS "onTime"
      FROM "ReportEvent" WHERE "toState" = 'SUBMITTED' AND "reportId" = ANY(${awaiting.map((r) => r.reportId)}::int[])
      GROUP BY "reportId"`;
    const of = (index: number) => rows.find((row) => row.reportId === awaiting[index].reportId);
    tally.check(
      of(0)?.at.startsWith("2022-12-05 23:59:59") ?? false,
      `第一份的报送时刻为 ${of(0)?.at},应在 23:59:59 这一秒`,
    );
    tally.check(of(0)?.onTime === true, "23:59:59 报送的报告未算按时");
    tally.check(
      of(1)?.at.startsWith("2022-12-06 00:00:00") ?? false,
      `第二份的报送时刻为 ${of(1)?.at},应在 00:00:00 这一秒`,
    );
    tally.check(of(1)?.onTime === false, "00:00:00 报送的报告未算逾期");
    tally.notes.push(
      `报送时刻 ${of(0)?.at} → ${of(0)?.onTime ? "按时" : "逾期"}; ${of(1)?.at} → ${of(1)?.onTime ? "按时" : "逾期"}`,
    );
  },
};
