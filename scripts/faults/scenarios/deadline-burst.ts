// 1 截止日高峰: every county sends its month and its head signs it within a minute, then the city
// departments save and submit at 3,000 requests a minute (the short run: 1,500 a minute for 20 s).
// 0 errors, 0 lost; the rate reached and p99 are reported.
import { availableParallelism, loadavg } from "node:os";
import { COUNTIES, departmentAccounts, signInAs } from "../accounts";
import { FAULTS_PERIOD, MONTH_END_COUNTY, MONTH_END_RESERVED, type Scenario } from "../context";
import type { PortalClient } from "../http";
import { LatencyLog, runLimited } from "../latency";
import { bodyFor, dutiesOf } from "../report-bodies";
import type { Tally } from "../tally";
import type { Duty } from "../../../lib/reports/duties";

type Lane = { client: PortalClient; duty: Duty; reportId: number | null; version: number | null };

export const deadlineBurst: Scenario = {
  name: "1 截止日高峰",
  async run(context, tally) {
    const started = Date.now();
    let sent = 0;
    await Promise.all(
      COUNTIES.map(async (county) => {
        const reporter = await signInAs(context, `${county}-reporter`, tally);
        const approver = await signInAs(context, `${county}-approver`, tally);
        const all = await dutiesOf(context.db, `${county}-reporter`, FAULTS_PERIOD);
        const duties = county === MONTH_END_COUNTY ? all.slice(0, -MONTH_END_RESERVED) : all;
        await runLimited(duties, 2, async (duty) => {
          const body = { ...bodyFor(duty, FAULTS_PERIOD, null), step: "sendForSignoff" };
          const sentOff = await reporter.postJson("/api/v1/reports", body);
          if (sentOff.status !== 200) return;
          const { reportId, version } = sentOff.body as { reportId: number; version: number };
          context.ledger.record(reportId, "sendForSignoff", version);
          const signed = await approver.postJson(`/api/v1/reports/${reportId}/steps`, {
            step: "sign",
            expectedVersion: version,
            reason: "",
          });
          if (signed.status !== 200) return;
          context.ledger.record(reportId, "sign", (signed.body as { version: number }).version);
          sent += 1;
        });
      }),
    );
    const deadlineSeconds = (Date.now() - started) / 1000;
    tally.notes.push(
      `7 个县区报送并签发 ${sent} 份报告,用时 ${deadlineSeconds.toFixed(1)} 秒, ${tally.latency.describe()}`,
    );
    tally.check(deadlineSeconds <= 60, `县区报送用时 ${deadlineSeconds.toFixed(0)} 秒,超过 60 秒`);
    await departmentBurst(context, tally);
  },
};

async function departmentBurst(context: Parameters<Scenario["run"]>[0], tally: Tally): Promise<void> {
  const perMinute = context.short ? 1_500 : 3_000;
  const seconds = context.short ? 20 : 60;
  const total = (perMinute * seconds) / 60;
  const lanes: Lane[] = [];
  for (const username of await departmentAccounts(context)) {
    const duties = await dutiesOf(context.db, username, FAULTS_PERIOD);
    if (!duties.length) continue;
    const client = await signInAs(context, username, tally);
    for (const duty of duties) lanes.push({ client, duty, reportId: null, version: null });
  }
  const burst = new LatencyLog();
  const started = performance.now();
  let ticket = 0;
  await Promise.all(
    lanes.map(async (lane) => {
      for (;;) {
        const index = ticket++;
        if (index >= total) return;
        const due = started + (index * seconds * 1000) / total;
        if (due > performance.now()) await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
        const sentAt = performance.now();
        const answer = await lane.client.postJson(
          "/api/v1/reports",
          bodyFor(lane.duty, FAULTS_PERIOD, lane.version, index % 7),
        );
        burst.add(performance.now() - sentAt);
        if (answer.status === 200) {
          lane.reportId = (answer.body as { reportId: number }).reportId;
          lane.version = (answer.body as { version: number }).version;
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const rate = (burst.count / elapsed) * 60;
  // Each department report ends the burst submitted, as on the deadline.
  await runLimited(lanes, 8, async (lane) => {
    const answer = await lane.client.postJson("/api/v1/reports", {
      ...bodyFor(lane.duty, FAULTS_PERIOD, lane.version, 99),
      step: "submit",
    });
    if (answer.status === 200) {
      const { reportId, version } = answer.body as { reportId: number; version: number };
      context.ledger.record(reportId, "submit", version);
    }
  });
  tally.notes.push(
    `负载 ${loadavg()[0].toFixed(1)} / ${availableParallelism()} 核; 科室高峰: ${lanes.length} 份报告, ${total} 次保存用时 ${elapsed.toFixed(1)} 秒 (≈ ${rate.toFixed(0)} 次/分钟, 目标 ${perMinute}${rate >= perMinute * 0.95 ? ", 达到" : ", 未达到: 门户跟不上,每份报告须等上一次保存的版本"}), ${burst.describe()}`,
  );
  const saved = await context.db.report.count({
    where: { period: FAULTS_PERIOD, state: "SUBMITTED", unit: { kind: "DEPARTMENT" } },
  });
  tally.check(saved >= lanes.length, `科室报告报送后库中只有 ${saved} / ${lanes.length} 份为已报送`);
}
