// 10 填报中会话过期: a reporter's session passes its idle timeout between loading the form and
// saving. The save is refused with 401 and 登录已失效, nothing is written; signed in again, the
// same save goes through. (The form's browser draft kept across the timeout is covered in the
// browser by tests/e2e/report-form.spec.ts, "a draft typed before the timeout is offered back".)
import { signInAs } from "../accounts";
import { FAULTS_PERIOD, type Scenario } from "../context";
import { bodyFor } from "../report-bodies";
import { returnedReport } from "../returned-report";

export const expiredMidEdit: Scenario = {
  name: "10 填报中会话过期",
  async run(context, tally) {
    const report = await returnedReport(context, tally, "meizhou");
    const reporter = await signInAs(context, "meizhou-reporter", tally);
    const body = bodyFor(report.duty, FAULTS_PERIOD, report.version, 4);
    await context.db.$executeRaw`UPDATE "Session" SET "lastSeenAt" = now() - interval '3 hours'
      WHERE "userId" = (SELECT id FROM "User" WHERE username = 'meizhou-reporter') AND "endedAt" IS NULL`;
    const refused = await reporter.postJson("/api/v1/reports", body, [401]);
    tally.check(
      refused.body.detail?.includes("登录已失效") ?? false,
      `401 的说明不含“登录已失效”: ${refused.body.detail}`,
    );
    const untouched = await context.db.report.findUniqueOrThrow({
      where: { id: report.reportId },
      select: { version: true },
    });
    tally.check(
      untouched.version === report.version,
      `会话过期后的保存改动了报告(版本 ${report.version} → ${untouched.version})`,
    );
    const again = await signInAs(context, "meizhou-reporter", tally);
    const saved = await again.postJson("/api/v1/reports", body);
    tally.check(saved.status === 200, `重新登录后的保存应为 200,实际 ${saved.status}`);
    tally.notes.push(
      "过期会话的保存: 401 登录已失效, 未写入; 重新登录后保存成功 (浏览器草稿见 tests/e2e/report-form.spec.ts)",
    );
  },
};
