// 3 重复报送: the same 提交审核 sent five times at once (a double-clicked button, a retrying
// client), then the head's 签发 five times at once. Each step is taken once: one event, one audit
// row, one version step; every copy answers 200 with the report as it is, or 409.
import { signInAs } from "../accounts";
import { FAULTS_PERIOD, type Scenario } from "../context";
import { bodyFor } from "../report-bodies";
import { returnedReport } from "../returned-report";

const COPIES = 5;

export const repeatedSubmit: Scenario = {
  name: "3 同一报送发5次",
  async run(context, tally) {
    const report = await returnedReport(context, tally, "chengxiang");
    const reporter = await signInAs(context, "chengxiang-reporter", tally);
    const approver = await signInAs(context, "chengxiang-approver", tally);
    const lastEvent = await context.db.reportEvent.findFirstOrThrow({
      where: { reportId: report.reportId },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    const body = { ...bodyFor(report.duty, FAULTS_PERIOD, report.version, 3), step: "sendForSignoff" };
    const sends = await Promise.all(
      Array.from({ length: COPIES }, () => reporter.postJson("/api/v1/reports", body, [200, 409])),
    );
    const ok = sends.filter((answer) => answer.status === 200);
    tally.check(ok.length >= 1, "5 次报送没有一次成功");
    const versions = new Set(ok.map((answer) => (answer.body as { version: number }).version));
    tally.check(versions.size === 1, `成功的应答给出了不同的版本: ${[...versions].join(", ")}`);
    const [version] = versions;
    if (version !== undefined) context.ledger.record(report.reportId, "sendForSignoff", version);

    const signs = await Promise.all(
      Array.from({ length: COPIES }, () =>
        approver.postJson(
          `/api/v1/reports/${report.reportId}/steps`,
          { step: "sign", expectedVersion: version, reason: "" },
          [200, 409],
        ),
      ),
    );
    const signed = signs.filter((answer) => answer.status === 200);
    if (signed.length) context.ledger.record(report.reportId, "sign", (signed[0].body as { version: number }).version);
    tally.notes.push(`报送 ${sends.map((a) => a.status).join("/")}, 签发 ${signs.map((a) => a.status).join("/")}`);

    const events = await context.db.reportEvent.groupBy({
      by: ["action"],
      where: { reportId: report.reportId, id: { gt: lastEvent.id } },
      _count: true,
    });
    const count = (action: string) => events.find((event) => event.action === action)?._count ?? 0;
    tally.check(count("sendForSignoff") === 1, `提交审核记录了 ${count("sendForSignoff")} 次`);
    tally.check(count("sign") === 1, `签发记录了 ${count("sign")} 次`);
    const audits = await context.db.auditEvent.count({
      where: {
        objectType: "Report",
        objectId: String(report.reportId),
        action: "report.sendForSignoff",
        id: { gt: 0 },
      },
    });
    const stored = await context.db.report.findUniqueOrThrow({
      where: { id: report.reportId },
      select: { state: true },
    });
    tally.check(stored.state === "SUBMITTED", `报告状态为 ${stored.state},应为 SUBMITTED`);
    tally.notes.push(`该报告 report.sendForSignoff 审计行共 ${audits} 条(含场景 1 的一次)`);
    tally.check(audits === 2, `report.sendForSignoff 审计行应为 2(场景 1 一次、本场景一次),实际 ${audits}`);
  },
};
