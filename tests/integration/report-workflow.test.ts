import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { UserError } from "@/lib/errors";
import { ReportConflictError } from "@/lib/reports/errors";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import * as notify from "@/lib/reports/notify";

const EXPLANATION = "按台账核减重复统计";
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });

async function as(username: string): Promise<Viewer> {
  return viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
}

async function point(no: number) {
  return getPrisma().workPoint.findFirstOrThrow({
    where: { no, plan: { year: 2022 } },
    select: { id: true, indicators: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });
}

// Each test files its own (county, point, month) so the tests stay independent in the shared database;
// the demo history fills January–October, so these are November and December. Values are cumulative
// and may fall below October's approved ones, so each carries the explanation that requires.
async function draft(username: string, period: string, pointNo = 11) {
  const { id: pointId, indicators } = await point(pointNo);
  return saveReport(getPrisma(), await as(username), context(), {
    pointId,
    period,
    expectedVersion: null,
    narrative: { progress: "已开工建设", problems: "", nextSteps: "" },
    // Every figure filled: a report is not sent with one blank.
    values: indicators.map(({ id }, index) => ({
      indicatorId: id,
      value: [3, 2][index] ?? 1,
      explanation: EXPLANATION,
    })),
  });
}

describe("the monthly report workflow", () => {
  it("walks a county report from draft to approval, with every step in its history", async () => {
    const { reportId, version } = await draft("licheng-reporter", "2022-11");
    const signed = await transitionReport(getPrisma(), await as("licheng-reporter"), context(), {
      reportId,
      step: "sendForSignoff",
      expectedVersion: version,
      reason: "",
    });
    const submitted = await transitionReport(getPrisma(), await as("licheng-approver"), context(), {
      reportId,
      step: "sign",
      expectedVersion: signed.version,
      reason: "",
    });
    const returned = await transitionReport(getPrisma(), await as("dept-yanglao"), context(), {
      reportId,
      step: "return",
      expectedVersion: submitted.version,
      reason: "数据与台账不符",
    });
    const reporterNotes = await getPrisma().notification.findMany({
      where: { user: { username: "licheng-reporter" }, link: `/reports/${reportId}` },
      select: { kind: true, body: true },
    });
    expect(reporterNotes).toContainEqual({ kind: "report.return", body: "数据与台账不符" });
    const resent = await transitionReport(getPrisma(), await as("licheng-reporter"), context(), {
      reportId,
      step: "sendForSignoff",
      expectedVersion: returned.version,
      reason: "",
    });
    const resigned = await transitionReport(getPrisma(), await as("licheng-approver"), context(), {
      reportId,
      step: "sign",
      expectedVersion: resent.version,
      reason: "",
    });
    await transitionReport(getPrisma(), await as("dept-yanglao"), context(), {
      reportId,
      step: "approve",
      expectedVersion: resigned.version,
      reason: "",
    });
    const report = await getPrisma().report.findUniqueOrThrow({
      where: { id: reportId },
      select: {
        state: true,
        approvedAt: true,
        events: { orderBy: { id: "asc" }, select: { action: true, toState: true } },
      },
    });
    expect(report.state).toBe("APPROVED");
    expect(report.approvedAt).not.toBeNull();
    expect(report.events.map((event) => `${event.action}→${event.toState}`)).toEqual([
      "save→DRAFT",
      "sendForSignoff→AWAITING_SIGNOFF",
      "sign→SUBMITTED",
      "return→RETURNED",
      "sendForSignoff→AWAITING_SIGNOFF",
      "sign→SUBMITTED",
      "approve→APPROVED",
    ]);
  });

  it("refuses the wrong people: another department, another county, and the approver who edited it", async () => {
    const { reportId, version } = await draft("xianyou-reporter", "2022-11");
    const sent = await transitionReport(getPrisma(), await as("xianyou-reporter"), context(), {
      reportId,
      step: "sendForSignoff",
      expectedVersion: version,
      reason: "",
    });
    await expect(
      transitionReport(getPrisma(), await as("hanjiang-approver"), context(), {
        reportId,
        step: "sign",
        expectedVersion: sent.version,
        reason: "",
      }),
    ).rejects.toThrow("报告不存在。");
    await expect(
      transitionReport(getPrisma(), await as("dept-ertong"), context(), {
        reportId,
        step: "approve",
        expectedVersion: sent.version,
        reason: "",
      }),
    ).rejects.toThrow("报告不存在。");
    await expect(
      transitionReport(getPrisma(), await as("xianyou-approver"), context(), {
        reportId,
        step: "sendBack",
        expectedVersion: sent.version,
        reason: "",
      }),
    ).rejects.toThrow("退回时须填写原因。");
    expect((await getPrisma().report.findUniqueOrThrow({ where: { id: reportId } })).state).toBe("AWAITING_SIGNOFF");
  });

  it("lets one of two concurrent saves through and refuses the other with the other person's change", async () => {
    const { reportId, version } = await draft("hanjiang-reporter", "2022-11");
    const { id: pointId, indicators } = await point(11);
    const viewer = await as("hanjiang-reporter");
    const save = (value: number) =>
      saveReport(getPrisma(), viewer, context(), {
        pointId,
        period: "2022-11",
        expectedVersion: version,
        narrative: { progress: `第${value}稿`, problems: "", nextSteps: "" },
        values: [{ indicatorId: indicators[0].id, value, explanation: EXPLANATION }],
      });
    const results = await Promise.allSettled([save(5), save(6)]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ReportConflictError);
    expect((rejected.reason as ReportConflictError).current.version).toBe(version + 1);
    expect((await getPrisma().report.findUniqueOrThrow({ where: { id: reportId } })).version).toBe(version + 1);
  });

  it("turns ten parallel identical submits into one submission and one audit event", async () => {
    const { reportId, version } = await draft("chengxiang-reporter", "2022-11");
    const viewer = await as("chengxiang-reporter");
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        transitionReport(getPrisma(), viewer, context(), {
          reportId,
          step: "sendForSignoff",
          expectedVersion: version,
          reason: "",
        }),
      ),
    );
    expect(results.every((result) => result.status === "fulfilled")).toBe(true);
    expect(await getPrisma().reportEvent.count({ where: { reportId, action: "sendForSignoff" } })).toBe(1);
    expect(
      await getPrisma().auditEvent.count({
        where: { objectType: "Report", objectId: String(reportId), action: "report.sendForSignoff" },
      }),
    ).toBe(1);
    expect((await getPrisma().report.findUniqueOrThrow({ where: { id: reportId } })).version).toBe(version + 1);
  });

  it("leaves nothing behind when a step fails part-way", async () => {
    const { reportId, version } = await draft("beian-reporter", "2022-11");
    const spy = vi.spyOn(notify, "notifyAfterStep").mockRejectedValueOnce(new Error("injected failure"));
    const auditsBefore = await getPrisma().auditEvent.count();
    await expect(
      transitionReport(getPrisma(), await as("beian-reporter"), context(), {
        reportId,
        step: "sendForSignoff",
        expectedVersion: version,
        reason: "",
      }),
    ).rejects.toThrow("injected failure");
    spy.mockRestore();
    const report = await getPrisma().report.findUniqueOrThrow({
      where: { id: reportId },
      select: { state: true, version: true, _count: { select: { events: true } } },
    });
    expect(report).toEqual({ state: "DRAFT", version, _count: { events: 1 } });
    expect(await getPrisma().auditEvent.count()).toBe(auditsBefore);
  });

  it("refuses bad values with the indicator named, and changes nothing", async () => {
    const { id: pointId, indicators } = await point(17);
    const viewer = await as("meizhou-reporter");
    const attempt = (values: { indicatorId: number; numerator?: number; denominator?: number }[]) =>
      saveReport(getPrisma(), viewer, context(), {
        pointId,
        period: "2022-12",
        expectedVersion: null,
        narrative: { progress: "x", problems: "", nextSteps: "" },
        values: values.map((value) => ({ explanation: EXPLANATION, ...value })),
      });
    await expect(attempt([{ indicatorId: indicators[1].id, numerator: 12, denominator: 10 }])).rejects.toThrow(
      "的比率不能超过 100%",
    );
    await expect(attempt([{ indicatorId: indicators[1].id, numerator: 1 }])).rejects.toThrow("须同时填写分子和分母");
    await expect(attempt([{ indicatorId: indicators[1].id, numerator: 1, denominator: 0 }])).rejects.toThrow(UserError);
    expect(await getPrisma().report.count({ where: { unit: { code: "meizhou" }, pointId, period: "2022-12" } })).toBe(
      0,
    );
  });
});
