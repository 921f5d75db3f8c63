import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { listDuties } from "@/lib/reports/duties";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import type { Viewer } from "@/lib/auth/viewer-type";
import { getMonthOverview, getReportDetail, getReportForm, listReviewQueue } from "@/lib/reports/queries";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import type { ReportStepInput } from "@/lib/reports/schemas";

type Step = ReportStepInput["step"];

// Xiuyu and the children's department file December 2022 here (November for last month's values):
// months after the demo clock, so the demo history has nothing there.
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string): Promise<Viewer> =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));
const pointOf = (no: number) =>
  getPrisma().workPoint.findFirstOrThrow({
    where: { no, plan: { year: 2022 } },
    select: { id: true, indicators: { orderBy: { sortOrder: "asc" }, select: { id: true } } },
  });

/** Saves a report as `reporter`, then takes each step as the named person; returns its id. */
async function walk(
  reporter: string,
  no: number,
  period: string,
  firstValues: number[],
  steps: [string, Step | number, string?][] = [],
): Promise<number> {
  const { id: pointId, indicators } = await pointOf(no);
  // The unit's other figures are filled too (a report is not sent with one blank), explained in case they fall.
  const viewer = await as(reporter);
  const duty = (await listDuties(getPrisma(), viewer.unitId, period)).find((d) => d.pointId === pointId);
  const values = (numbers: number[]) => [
    ...numbers.map((value, index) => ({ indicatorId: indicators[index].id, value, explanation: "" })),
    ...(duty?.indicators ?? [])
      .filter(({ id }) => !indicators.slice(0, numbers.length).some((named) => named.id === id))
      .map(({ id, kind }) =>
        kind === "MILESTONE"
          ? { indicatorId: id, done: false, explanation: "" }
          : kind === "SUM"
            ? { indicatorId: id, value: 1, explanation: "测试数据" }
            : { indicatorId: id, numerator: 1, denominator: 1, explanation: "测试数据" },
      ),
  ];
  let { reportId, version } = await saveReport(getPrisma(), await as(reporter), context(), {
    pointId,
    period,
    expectedVersion: null,
    narrative: { progress: `第${no}条进展`, problems: "", nextSteps: "" },
    values: values(firstValues),
  });
  for (const [username, step, reason = ""] of steps) {
    // A number instead of a step: the reporter corrects the first value and saves again.
    ({ version } =
      typeof step === "number"
        ? await saveReport(getPrisma(), await as(username), context(), {
            pointId,
            period,
            expectedVersion: version,
            narrative: { progress: `第${no}条进展(已更正)`, problems: "", nextSteps: "" },
            values: values([step, ...firstValues.slice(1)]),
          })
        : await transitionReport(getPrisma(), await as(username), context(), {
            reportId,
            step,
            expectedVersion: version,
            reason,
          }));
  }
  return reportId;
}

const toCity: [string, Step][] = [
  ["xiuyu-reporter", "sendForSignoff"],
  ["xiuyu-approver", "sign"],
];
const ids: Record<string, number> = {};

beforeAll(async () => {
  await walk("xiuyu-reporter", 11, "2022-11", [3, 2], [...toCity, ["dept-yanglao", "approve"]]);
  ids.approved = await walk(
    "xiuyu-reporter",
    11,
    "2022-12",
    [5, 2],
    [
      ...toCity,
      ["dept-yanglao", "return", "数据与台账不符"],
      ["xiuyu-reporter", 6],
      ...toCity,
      ["dept-yanglao", "approve"],
    ],
  );
  ids.submitted = await walk("xiuyu-reporter", 12, "2022-12", [], toCity);
  ids.awaiting = await walk("xiuyu-reporter", 14, "2022-12", [], [toCity[0]]);
  ids.draft = await walk("xiuyu-reporter", 17, "2022-12", []);
  ids.sentBack = await walk(
    "xiuyu-reporter",
    23,
    "2022-12",
    [],
    [toCity[0], ["xiuyu-approver", "sendBack", "请补充点位"]],
  );
  ids.returned = await walk("xiuyu-reporter", 30, "2022-12", [], [...toCity, ["dept-shegong", "return", "佐证不足"]]);
  ids.deptDraft = await walk("dept-ertong", 16, "2022-12", []);
  ids.deptSubmitted = await walk("dept-ertong", 18, "2022-12", [], [["dept-ertong", "submit"]]);
}, 60_000);

const countyIds = () => [ids.approved, ids.submitted, ids.awaiting, ids.draft, ids.sentBack, ids.returned];

describe("a unit's month", () => {
  it("shows a county every duty with its state, due date, this month's values and last month's approved ones", async () => {
    const overview = (await getMonthOverview(await as("xiuyu-reporter"), "2022-12", new Date("2023-01-05T04:00:00Z")))!;
    const state = (no: number) => overview.rows.find((row) => row.pointNo === no)?.report?.state ?? null;
    expect([11, 12, 14, 17, 23, 30].map(state)).toEqual([
      "APPROVED",
      "SUBMITTED",
      "AWAITING_SIGNOFF",
      "DRAFT",
      "RETURNED",
      "RETURNED",
    ]);
    expect(overview.rows.map((row) => row.pointNo)).toEqual(
      [...overview.rows.map((row) => row.pointNo)].sort((a, b) => a - b),
    );
    const notStarted = overview.rows.filter((row) => row.report === null);
    expect(notStarted.length).toBeGreaterThan(0);
    expect(notStarted.flatMap((row) => row.indicators).every((indicator) => indicator.current === null)).toBe(true);
    const [homes] = overview.rows.find((row) => row.pointNo === 11)!.indicators;
    expect(homes).toMatchObject({ name: "新建长者之家", current: { value: 6 }, lastApproved: { value: 3 } });
    expect(homes.target).toBeGreaterThan(0);
    expect(overview.due.toISOString()).toBe("2023-01-05T15:59:59.999Z");
    expect(overview.rows.some((row) => row.overdue)).toBe(false);
    expect(overview.canStart).toBe(true);
  });

  it("flags as overdue, after the due day, every report that has not reached the city", async () => {
    const overview = (await getMonthOverview(await as("xiuyu-approver"), "2022-12", new Date("2023-01-06T01:00:00Z")))!;
    const overdue = new Map(overview.rows.map((row) => [row.pointNo, row.overdue]));
    expect([11, 12, 14, 17, 23, 30].map((no) => overdue.get(no))).toEqual([false, false, true, true, true, true]);
    expect(overview.rows.filter((row) => row.report === null).every((row) => row.overdue)).toBe(true);
    expect(overview.canStart).toBe(false);
  });

  it("shows a department the points it leads, with its own reports only", async () => {
    const overview = (await getMonthOverview(await as("dept-ertong"), "2022-12"))!;
    expect(overview.rows.map((row) => [row.pointNo, row.report?.state ?? null])).toEqual([
      [16, "DRAFT"],
      [17, null],
      [18, "SUBMITTED"],
      [19, null],
    ]);
    // Point 17's indicators all have county quotas: the counties report them, not the department.
    expect(overview.rows.find((row) => row.pointNo === 17)!.indicators).toEqual([]);
    expect(await getMonthOverview(await as("supervisor"), "2022-12")).toBeNull();
    expect(await getMonthOverview(await as("leader"), "2022-12")).toBeNull();
  });
});

describe("one report", () => {
  it("shows the history with who, when, why and the values at each step, and the steps the viewer may take", async () => {
    const detail = (await getReportDetail(await as("xiuyu-reporter"), ids.approved))!;
    expect(detail.events.map((event) => event.action)).toEqual([
      "save",
      "sendForSignoff",
      "sign",
      "return",
      "save",
      "sendForSignoff",
      "sign",
      "approve",
    ]);
    const returned = detail.events[3];
    expect(returned).toMatchObject({
      reason: "数据与台账不符",
      fromState: "SUBMITTED",
      toState: "RETURNED",
      user: { displayName: "养老服务科经办人", unit: { name: "养老服务科" } },
    });
    expect(returned.at).toBeInstanceOf(Date);
    expect([detail.events[0], detail.events[7]].map((event) => event.snapshot?.values[0].value)).toEqual([5, 6]);
    expect(detail.indicators[0]).toMatchObject({ current: { value: 6 }, lastApproved: { value: 3 } });
    expect(detail).toMatchObject({ progress: "第11条进展(已更正)", canSave: false, steps: ["reopen"] });
    expect(await getReportDetail(await as("xiuyu-reporter"), ids.draft)).toMatchObject({
      canSave: true,
      steps: ["sendForSignoff"],
    });
    expect(await getReportDetail(await as("xiuyu-approver"), ids.awaiting)).toMatchObject({
      canSave: false,
      steps: ["sign", "sendBack"],
    });
    expect(await getReportDetail(await as("dept-yanglao"), ids.submitted)).toMatchObject({
      canSave: false,
      steps: ["approve", "return"],
    });
  });
});

describe("who sees what", () => {
  it("never shows a county another county's report, in any state, through any query", async () => {
    const xiuyu = await getPrisma().unit.findUniqueOrThrow({ where: { code: "xiuyu" } });
    for (const username of ["meizhou-reporter", "meizhou-approver"]) {
      const viewer = await as(username);
      for (const id of countyIds()) expect(await getReportDetail(viewer, id), `${username} → ${id}`).toBeNull();
      const overview = (await getMonthOverview(viewer, "2022-12"))!;
      const seen = overview.rows.flatMap((row) => (row.report ? [row.report.id] : []));
      const queued = (await listReviewQueue(viewer))?.map((report) => report.id) ?? [];
      const form = await getReportForm(viewer, (await pointOf(11)).id, "2022-12");
      const units = await getPrisma().report.findMany({
        where: { id: { in: [...seen, ...queued, ...(form?.report ? [form.report.id] : [])] } },
        select: { unitId: true },
      });
      expect(units.every((report) => report.unitId === viewer.unitId)).toBe(true);
      expect(units.some((report) => report.unitId === xiuyu.id)).toBe(false);
    }
  });

  it("gives each reviewer their own queue, and a lead department nothing that was never submitted", async () => {
    const queue = async (username: string) =>
      (await listReviewQueue(await as(username)))?.map((report) => report.id) ?? null;
    const approverQueue = (await queue("xiuyu-approver"))!;
    expect(approverQueue).toContain(ids.awaiting);
    expect(approverQueue.filter((id) => countyIds().includes(id))).toEqual([ids.awaiting]);

    const yanglao = await as("dept-yanglao");
    const yanglaoQueue = (await listReviewQueue(yanglao))!;
    expect(yanglaoQueue.map((report) => report.id)).toContain(ids.submitted);
    expect(yanglaoQueue.every((report) => report.state === "SUBMITTED")).toBe(true);
    expect(yanglaoQueue.map((report) => report.id)).not.toContain(ids.awaiting);
    expect(await getReportDetail(yanglao, ids.awaiting)).toBeNull();
    expect(await getReportDetail(await as("dept-jiceng"), ids.sentBack)).toBeNull();
    expect(await getReportDetail(await as("dept-ertong"), ids.draft)).toBeNull();
    // Returned by the lead department: it reached the city once, so the department still reads it, but it waits for the county.
    expect(await getReportDetail(await as("dept-shegong"), ids.returned)).not.toBeNull();
    expect(await queue("dept-shegong")).not.toContain(ids.returned);

    const supervisorQueue = (await listReviewQueue(await as("supervisor")))!;
    expect(supervisorQueue.map((report) => report.id)).toContain(ids.deptSubmitted);
    expect(supervisorQueue.map((report) => report.id)).not.toContain(ids.deptDraft);
    expect(supervisorQueue.some((report) => countyIds().includes(report.id))).toBe(false);
    expect(await queue("xiuyu-reporter")).toBeNull();
    expect(await queue("leader")).toBeNull();
  });
});
