// 4 提交中数据库重启: PostgreSQL is restarted under the portal while two counties send reports for
// sign-off. A send that meets the outage is refused with 503 and a Chinese message saying nothing
// was saved; the client retries the same request and it goes through once. Afterwards the portal
// works on without a restart of its own (its pool and change feed reconnect).
import { signInAs } from "../accounts";
import { FAULTS_PERIOD, type Scenario } from "../context";
import { bodyFor } from "../report-bodies";
import { returnedReport } from "../returned-report";

const RETRY_MS = 250;
const GIVE_UP_MS = 60_000;

export const databaseRestart: Scenario = {
  name: "4 提交中数据库重启",
  async run(context, tally) {
    const lanes = [];
    for (const county of ["hanjiang", "beian"]) {
      const report = await returnedReport(context, tally, county);
      const client = await signInAs(context, `${county}-reporter`, tally);
      lanes.push({
        report,
        client,
        body: { ...bodyFor(report.duty, FAULTS_PERIOD, report.version, 5), step: "sendForSignoff" },
      });
    }
    const refusals: string[] = [];
    let restarted = false;
    const restart = context.postgres.restart().then(() => {
      restarted = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await Promise.all(
      lanes.map(async (lane) => {
        // Sent again until it goes through and the restart is over (one more, which must be a no-op).
        for (;;) {
          const answer = await lane.client.postJson("/api/v1/reports", lane.body, [200, 503]);
          if (answer.status === 503) refusals.push(answer.body.detail ?? "");
          if (answer.status === 200 && restarted) {
            context.ledger.record(lane.report.reportId, "sendForSignoff", (answer.body as { version: number }).version);
            return;
          }
          if (Date.now() - started > GIVE_UP_MS)
            return tally.problems.push(`报告 ${lane.report.reportId} 一分钟内未能报送`);
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }),
    );
    await restart;
    tally.check(refusals.length > 0, "重启期间没有一个请求被拒绝(未撞上重启?)");
    tally.check(
      refusals.every((detail) => detail.includes("数据库暂时不可用")),
      `拒绝的说明不清楚: ${[...new Set(refusals)].join(" / ")}`,
    );
    for (const lane of lanes) {
      const sends = await context.db.reportEvent.count({
        where: { reportId: lane.report.reportId, action: "sendForSignoff", revision: 1, id: { gt: 0 } },
      });
      const report = await context.db.report.findUniqueOrThrow({
        where: { id: lane.report.reportId },
        select: { state: true },
      });
      tally.check(report.state === "AWAITING_SIGNOFF", `报告 ${lane.report.reportId} 状态为 ${report.state}`);
      // Once in scenario 1, once here.
      tally.check(sends === 2, `报告 ${lane.report.reportId} 提交审核记录 ${sends} 次,应为 2`);
    }
    const health = await fetch(`${context.baseUrl}/api/health`);
    tally.check(health.ok, `重启后健康检查为 ${health.status}`);
    tally.notes.push(`重启期间 ${refusals.length} 次 503「${refusals[0] ?? ""}」, 重试后两份均报送一次`);
  },
};
