// 2 两人同时保存: two reporters of one county save the same returned report at the same instant
// from the same version. One is saved, the other refused with 409 and shown the first one's
// change; the database holds exactly the winner's words and figures, nothing merged.
import { DEMO_PASSWORD } from "../../../lib/seed/demo-accounts";
import { signInAs } from "../accounts";
import { FAULTS_PERIOD, type FaultContext, type Scenario } from "../context";
import { PortalClient } from "../http";
import { bodyFor } from "../report-bodies";
import { returnedReport } from "../returned-report";
import type { Tally } from "../tally";

const SECOND_REPORTER = "faults-licheng-reporter-2";

/** A second reporter of 荔城区, the demo reporter's twin (the demo has one per county). */
async function secondReporter(context: FaultContext, tally: Tally): Promise<PortalClient> {
  const first = await context.db.user.findUniqueOrThrow({ where: { username: "licheng-reporter" } });
  await context.db.user.upsert({
    where: { username: SECOND_REPORTER },
    update: {},
    create: {
      username: SECOND_REPORTER,
      displayName: "荔城区填报员乙",
      role: first.role,
      unitId: first.unitId,
      passwordHash: first.passwordHash,
      mustChangePassword: false,
      isDemo: true,
    },
  });
  return PortalClient.signIn(context.baseUrl, SECOND_REPORTER, DEMO_PASSWORD, tally);
}

export const concurrentSave: Scenario = {
  name: "2 两人同时保存",
  async run(context, tally) {
    const report = await returnedReport(context, tally, "licheng");
    const first = await signInAs(context, "licheng-reporter", tally);
    const second = await secondReporter(context, tally);
    const bodies = [1, 2].map((round) => {
      const body = bodyFor(report.duty, FAULTS_PERIOD, report.version, round);
      body.narrative.progress = `填报员${round === 1 ? "甲" : "乙"}的修改`;
      return body;
    });
    const answers = await Promise.all([
      first.postJson("/api/v1/reports", bodies[0], [200, 409]),
      second.postJson("/api/v1/reports", bodies[1], [200, 409]),
    ]);
    const statuses = answers.map((answer) => answer.status).sort();
    tally.notes.push(`两次同时保存的应答: ${statuses.join(" / ")}`);
    tally.check(statuses.join() === "200,409", `应一次 200、一次 409,实际 ${statuses.join(", ")}`);
    const winner = answers.findIndex((answer) => answer.status === 200);
    const loser = answers[1 - winner];
    if (winner < 0 || !loser) return;
    const current = (loser.body as { current?: { progress?: string } }).current;
    tally.check(
      current?.progress === bodies[winner].narrative.progress,
      `409 未附上对方的修改(current.progress = ${JSON.stringify(current?.progress)})`,
    );
    tally.check(Boolean(loser.body.detail), "409 没有中文说明");
    const stored = await context.db.report.findUniqueOrThrow({
      where: { id: report.reportId },
      select: {
        progress: true,
        version: true,
        values: { select: { indicatorId: true, value: true, numerator: true } },
      },
    });
    tally.check(stored.progress === bodies[winner].narrative.progress, `库中进展情况不是胜者的: ${stored.progress}`);
    tally.check(stored.version === report.version + 1, `版本应只加 1,实际 ${report.version} → ${stored.version}`);
    for (const value of bodies[winner].values) {
      const row = stored.values.find((candidate) => candidate.indicatorId === value.indicatorId);
      const expected = (value.value ?? value.numerator) as number | undefined;
      const actual = row?.value?.toNumber() ?? row?.numerator?.toNumber();
      if (expected !== undefined)
        tally.check(actual === expected, `指标 ${value.indicatorId} 库中为 ${actual},胜者填的是 ${expected}(被合并?)`);
    }
  },
};
