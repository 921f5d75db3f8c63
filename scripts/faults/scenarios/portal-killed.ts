// 5 审核与导入中 kill -9: the portal is killed outright while a department approves a batch of
// county reports, and again while a county imports its Excel file. After a restart every approval
// is either whole (state, event, audit row: the invariants) or absent and can be taken again, and
// the import saved all of its points or none.
import { signInAs } from "../accounts";
import { FAULTS_PERIOD, MONTH_END_COUNTY, type FaultContext, type Scenario } from "../context";
import { filledTemplate, importForm } from "../excel-file";
import { killWhenWriting } from "../kill-when-writing";
import { runLimited } from "../latency";
import { dutiesOf, unitOf } from "../report-bodies";
import type { Tally } from "../tally";
import type { Answer } from "../http";

async function killDuringApprovals(context: FaultContext, tally: Tally): Promise<void> {
  // The department with the most county reports waiting for it.
  const waiting = await context.db.report.findMany({
    where: { period: FAULTS_PERIOD, state: "SUBMITTED", unit: { kind: "COUNTY" } },
    select: { id: true, version: true, point: { select: { leadUnitId: true } } },
  });
  const byLead = new Map<number, typeof waiting>();
  for (const report of waiting)
    byLead.set(report.point.leadUnitId, [...(byLead.get(report.point.leadUnitId) ?? []), report]);
  const [leadUnitId, reports] = [...byLead.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  const lead = await context.db.user.findFirstOrThrow({
    where: { unitId: leadUnitId, role: "DEPARTMENT", isDemo: true },
    select: { username: true },
  });
  const batch = reports.slice(0, context.short ? 12 : 24);
  const reviewer = await signInAs(context, lead.username, tally);
  const approve = (report: { id: number; version: number }, expected: number[]) =>
    reviewer.postJson(
      `/api/v1/reports/${report.id}/steps`,
      { step: "approve", expectedVersion: report.version, reason: "" },
      expected,
    );
  // Two at a time, as a reviewer working down the queue; killed in the middle of an approval once a
  // few are through. Answers cut off by the kill are status 0; nothing else may come back.
  const answers: Answer[] = batch.map(() => ({ status: 0, body: {}, text: "", contentType: "" }));
  let answered = 0;
  const sent = runLimited([...batch.keys()], 2, async (index) => {
    answers[index] = await approve(batch[index], [0, 200]);
    if (answers[index].status === 200) answered += 1;
  });
  const caught = await killWhenWriting(context, () => answered >= 3);
  await sent;
  await context.startPortal();

  const after = await context.db.report.findMany({
    where: { id: { in: batch.map((r) => r.id) } },
    select: { id: true, state: true },
  });
  const approved = after.filter((report) => report.state === "APPROVED").length;
  for (const [index, answer] of answers.entries())
    if (answer.status === 200)
      context.ledger.record(batch[index].id, "approve", (answer.body as { version: number }).version);
  tally.check(caught, "没有在审核事务进行中杀掉门户");
  tally.notes.push(
    `审核中 kill -9 (事务进行中): ${batch.length} 份中 ${answers.filter((a) => a.status === 200).length} 份已应答, 库中 ${approved} 份已审核`,
  );
  // The rest are taken again after the restart, by the same person, from the version they saw.
  const again = await signInAs(context, lead.username, tally);
  await runLimited(
    after.filter((report) => report.state === "SUBMITTED"),
    4,
    async (report) => {
      const version = batch.find((r) => r.id === report.id)?.version as number;
      const answer = await again.postJson(`/api/v1/reports/${report.id}/steps`, {
        step: "approve",
        expectedVersion: version,
        reason: "",
      });
      if (answer.status === 200)
        context.ledger.record(report.id, "approve", (answer.body as { version: number }).version);
    },
  );
  const final = await context.db.report.count({ where: { id: { in: batch.map((r) => r.id) }, state: "APPROVED" } });
  tally.check(final === batch.length, `重启后重试审核, ${final} / ${batch.length} 份已审核`);
}

async function killDuringImport(context: FaultContext, tally: Tally): Promise<void> {
  const username = `${MONTH_END_COUNTY}-reporter`;
  const unit = await unitOf(context.db, username);
  const points = (await dutiesOf(context.db, username, FAULTS_PERIOD)).map((duty) => duty.pointId);
  const drafts = () =>
    context.db.report.count({ where: { unitId: unit.id, period: FAULTS_PERIOD, pointId: { in: points } } });
  const before = await drafts();
  const reporter = await signInAs(context, username, tally);
  const file = await filledTemplate(reporter, FAULTS_PERIOD);
  const check = await reporter.send(`/api/v1/reports/import`, { method: "POST", body: importForm(file) }, [200]);
  const toSave = ((check.body as { points?: { action: string }[] }).points ?? []).filter(
    (p) => p.action === "save",
  ).length;
  tally.check(toSave >= 2, `导入预览只有 ${toSave} 条可保存`);
  const sent = reporter.send(`/api/v1/reports/import?confirm=1`, { method: "POST", body: importForm(file) }, [0, 200]);
  const caught = await killWhenWriting(context);
  const answer = await sent;
  tally.check(caught, "没有在导入事务进行中杀掉门户");
  await context.startPortal();
  const landed = (await drafts()) - before;
  tally.check(landed === 0 || landed === toSave, `导入中 kill -9 后库中新增 ${landed} / ${toSave} 份(应为全部或没有)`);
  tally.notes.push(`导入中 kill -9: 应答 ${answer.status || "中断"}, 库中新增 ${landed} / ${toSave} 份`);
  if (landed === 0) {
    const again = await signInAs(context, username, tally);
    const retried = await again.send(
      `/api/v1/reports/import?confirm=1`,
      { method: "POST", body: importForm(file) },
      [200],
    );
    const now = (await drafts()) - before;
    tally.check(retried.status === 200 && now === toSave, `重启后重新导入: ${retried.status}, 新增 ${now} 份`);
  }
}

export const portalKilled: Scenario = {
  name: "5 审核/导入中 kill -9",
  async run(context, tally) {
    await killDuringApprovals(context, tally);
    await killDuringImport(context, tally);
  },
};
