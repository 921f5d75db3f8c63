// 提交审核 from the form: saved and sent in one transaction, or nothing at all; a blank figure and a
// 本月无新进展 without its reason refused by the server whatever the door; a save that moves nothing
// recorded as 保存草稿. Meizhou's point 11 in November 2022: a month no other test files for it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actionLabel } from "@/lib/audit/labels";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getPrisma } from "@/lib/db";
import { listDuties } from "@/lib/reports/duties";
import { ReportConflictError, ValueProblemsError } from "@/lib/reports/errors";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { stateText, stepLabel } from "@/components/reports/history-labels";

const PERIOD = "2022-11";
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });

async function as(username: string): Promise<Viewer> {
  return viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
}

/** Meizhou's figures on point 11, every one filled (values below October's carry their 说明). */
async function meizhouInput(progress: string, blankIndex: number | null = null) {
  const viewer = await as("meizhou-reporter");
  const point = await getPrisma().workPoint.findFirstOrThrow({
    where: { no: 11, plan: { year: 2022 } },
    select: { id: true },
  });
  const duty = (await listDuties(getPrisma(), viewer.unitId, PERIOD)).find((d) => d.pointId === point.id)!;
  return {
    viewer,
    input: {
      pointId: point.id,
      period: PERIOD,
      expectedVersion: null as number | null,
      narrative: { progress, problems: "", nextSteps: "" },
      values: duty.indicators.map(({ id }, index) => ({
        indicatorId: id,
        value: index === blankIndex ? null : 9,
        explanation: "按台账核实",
      })),
    },
  };
}

const reportOf = (id: number) =>
  getPrisma().report.findUniqueOrThrow({
    where: { id },
    select: {
      state: true,
      version: true,
      progress: true,
      noProgress: true,
      noProgressReason: true,
      events: { orderBy: { id: "asc" }, select: { action: true, fromState: true, toState: true, snapshot: true } },
    },
  });

describe("sending a report from its form", () => {
  it("refuses blanks and a version conflict without changing anything, then saves and sends the screen's content at once", async () => {
    const { viewer, input } = await meizhouInput("第一稿", 0);
    // A draft may be saved with a figure blank; it cannot be sent that way, by either door.
    const draft = await saveReport(getPrisma(), viewer, context(), input);
    const blankStep = transitionReport(getPrisma(), viewer, context(), {
      reportId: draft.reportId,
      step: "sendForSignoff",
      expectedVersion: draft.version,
      reason: "",
    });
    await expect(blankStep).rejects.toBeInstanceOf(ValueProblemsError);
    await expect(blankStep).rejects.toMatchObject({ fieldErrors: { "values.0.value": [expect.any(String)] } });
    const blankSend = submitReport(getPrisma(), viewer, context(), {
      ...input,
      expectedVersion: draft.version,
      narrative: { ...input.narrative, progress: "改了但不会保存" },
      step: "sendForSignoff",
    });
    await expect(blankSend).rejects.toMatchObject({ fieldErrors: { "values.0.value": [expect.any(String)] } });
    const untouched = await reportOf(draft.reportId);
    expect(untouched).toMatchObject({ state: "DRAFT", version: draft.version, progress: "第一稿" });
    expect(untouched.events).toHaveLength(1);

    // Someone saved in between: the send on the old version saves nothing and sends nothing.
    const { input: filled } = await meizhouInput("第二稿");
    const second = await saveReport(getPrisma(), viewer, context(), { ...filled, expectedVersion: draft.version });
    const stale = submitReport(getPrisma(), viewer, context(), {
      ...filled,
      expectedVersion: draft.version,
      narrative: { ...filled.narrative, progress: "旧页面上的修改" },
      step: "sendForSignoff",
    });
    await expect(stale).rejects.toBeInstanceOf(ReportConflictError);
    const afterConflict = await reportOf(draft.reportId);
    expect(afterConflict).toMatchObject({ state: "DRAFT", version: second.version, progress: "第二稿" });
    expect(afterConflict.events).toHaveLength(2);

    // The edited text on the screen is what reaches the approver.
    const sent = await submitReport(getPrisma(), viewer, context(), {
      ...filled,
      expectedVersion: second.version,
      narrative: { ...filled.narrative, progress: "手机上改过的进展" },
      step: "sendForSignoff",
    });
    const report = await reportOf(draft.reportId);
    expect(report).toMatchObject({ state: "AWAITING_SIGNOFF", version: sent.version, progress: "手机上改过的进展" });
    expect(report.events.map((event) => event.action)).toEqual(["save", "save", "save", "sendForSignoff"]);
    expect(report.events.at(-1)?.snapshot).toMatchObject({ progress: "手机上改过的进展", state: "AWAITING_SIGNOFF" });
    // A retried send from the same page is not a conflict and sends nothing twice.
    const retried = await submitReport(getPrisma(), viewer, context(), {
      ...filled,
      expectedVersion: second.version,
      narrative: { ...filled.narrative, progress: "手机上改过的进展" },
      step: "sendForSignoff",
    });
    expect(retried).toEqual(sent);
    expect((await reportOf(draft.reportId)).events).toHaveLength(4);

    // Returned, saved unchanged in state, and sent again unchanged: 保存草稿, and no empty save before the send.
    const signedBack = await transitionReport(getPrisma(), await as("meizhou-approver"), context(), {
      reportId: draft.reportId,
      step: "sendBack",
      expectedVersion: sent.version,
      reason: "请补充佐证",
    });
    const resaved = await saveReport(getPrisma(), viewer, context(), {
      ...filled,
      expectedVersion: signedBack.version,
      narrative: { ...filled.narrative, progress: "已补充佐证" },
    });
    const resave = (await reportOf(draft.reportId)).events.at(-1)!;
    expect(resave).toMatchObject({ action: "save", fromState: "RETURNED", toState: "RETURNED" });
    expect(`${stepLabel(resave.action)} · ${stateText(resave)}`).toBe("保存草稿 · 已退回");
    expect(actionLabel("report.save")).toBe("保存草稿");
    await submitReport(getPrisma(), viewer, context(), {
      ...filled,
      expectedVersion: resaved.version,
      narrative: { ...filled.narrative, progress: "已补充佐证" },
      step: "sendForSignoff",
    });
    expect((await reportOf(draft.reportId)).events.slice(-2).map((event) => event.action)).toEqual([
      "save",
      "sendForSignoff",
    ]);
  });

  it("takes 本月无新进展 only with its reason, keeps both, and sends without 进展情况", async () => {
    // Another of Meizhou's points in November (the Excel and attachment tests file December).
    const viewer = await as("meizhou-reporter");
    const duty = (await listDuties(getPrisma(), viewer.unitId, PERIOD)).find((d) => d.pointNo !== 11)!;
    const dec = {
      pointId: duty.pointId,
      period: PERIOD,
      expectedVersion: null as number | null,
      narrative: { progress: "", problems: "", nextSteps: "" },
      values: duty.indicators.map(({ id, kind }) =>
        kind === "MILESTONE"
          ? { indicatorId: id, done: false, explanation: "" }
          : kind === "SUM"
            ? { indicatorId: id, value: 9, explanation: "按台账核实" }
            : { indicatorId: id, numerator: 1, denominator: 1, explanation: "按台账核实" },
      ),
    };
    const refused = saveReport(getPrisma(), viewer, context(), { ...dec, noProgress: true, noProgressReason: " " });
    await expect(refused).rejects.toMatchObject({ fieldErrors: { noProgressReason: [expect.any(String)] } });
    expect(
      await getPrisma().report.count({ where: { unitId: viewer.unitId, pointId: duty.pointId, period: PERIOD } }),
    ).toBe(0);
    // Nothing new and no 进展情况 either: not sent without saying so.
    const silent = await saveReport(getPrisma(), viewer, context(), dec);
    await expect(
      transitionReport(getPrisma(), viewer, context(), {
        reportId: silent.reportId,
        step: "sendForSignoff",
        expectedVersion: silent.version,
        reason: "",
      }),
    ).rejects.toMatchObject({ fieldErrors: { "narrative.progress": [expect.any(String)] } });

    const sent = await submitReport(getPrisma(), viewer, context(), {
      ...dec,
      expectedVersion: silent.version,
      noProgress: true,
      noProgressReason: "项目用地审批中",
      step: "sendForSignoff",
    });
    const report = await reportOf(sent.reportId);
    expect(report).toMatchObject({ state: "AWAITING_SIGNOFF", noProgress: true, noProgressReason: "项目用地审批中" });
    expect(report.events.at(-1)?.snapshot).toMatchObject({ noProgress: true, noProgressReason: "项目用地审批中" });
  });
});
