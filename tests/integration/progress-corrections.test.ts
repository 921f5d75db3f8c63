// A correction of an approved report is a new revision, reviewed again (issue #4). Until the
// correction is approved, the value that was approved still counts; an unapproved correction
// never moves the dashboard. Plan 2044 is this file's own.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { viewerOfUser } from "@/lib/auth/viewer-of-user";
import { getIndicatorSeries, getPlanProgress } from "@/lib/dashboard/plan-progress";
import { saveReport } from "@/lib/reports/save-report";
import { transitionReport } from "@/lib/reports/transition-report";
import { createPlan } from "./helpers/progress-plans";

const PERIOD = "2044-03";
const NOW = new Date("2044-04-03T09:00:00+08:00");
const context = () => ({ clientAddress: "127.0.0.1", requestId: randomUUID() });
const as = async (username: string) =>
  viewerOfUser(await getPrisma().user.findUniqueOrThrow({ where: { username }, include: { unit: true } }));

let pointId = 0;
let indicatorId = 0;

async function step(username: string, reportId: number, name: "sendForSignoff" | "sign" | "approve" | "reopen") {
  const { version } = await getPrisma().report.findUniqueOrThrow({
    where: { id: reportId },
    select: { version: true },
  });
  await transitionReport(getPrisma(), await as(username), context(), {
    reportId,
    step: name,
    expectedVersion: version,
    reason: "",
  });
}

async function file(value: number, expectedVersion: number | null) {
  return saveReport(
    getPrisma(),
    await as("licheng-reporter"),
    context(),
    {
      pointId,
      period: PERIOD,
      expectedVersion,
      narrative: { progress: `累计${value}个`, problems: "", nextSteps: "" },
      values: [{ indicatorId, value, explanation: "" }],
    },
    NOW,
  );
}

const lichengAchieved = async () => {
  const progress = await getPlanProgress(getPrisma(), 2044, PERIOD, NOW);
  const indicator = progress!.points[0].indicators[0];
  return { city: indicator.achieved, licheng: indicator.units.find((unit) => unit.unitCode === "licheng")!.achieved };
};

beforeAll(async () => {
  const plan = await createPlan(getPrisma(), 2044, [
    [
      {
        leadUnit: "yanglao",
        indicators: [{ name: "新建长者之家", kind: "SUM", target: 20, quotas: { licheng: 10, xianyou: 10 } }],
      },
    ],
  ]);
  pointId = plan.points[0].id;
  indicatorId = plan.points[0].indicators[0].id;
});

describe("a correction of an approved report", () => {
  it("leaves the approved value counting until the correction itself is approved", async () => {
    const { reportId } = await file(4, null);
    for (const [username, name] of [
      ["licheng-reporter", "sendForSignoff"],
      ["licheng-approver", "sign"],
      ["dept-yanglao", "approve"],
    ] as const)
      await step(username, reportId, name);
    expect(await lichengAchieved()).toEqual({ city: 4, licheng: 4 });

    await step("licheng-reporter", reportId, "reopen");
    const { version } = await getPrisma().report.findUniqueOrThrow({
      where: { id: reportId },
      select: { version: true },
    });
    await file(9, version);
    await step("licheng-reporter", reportId, "sendForSignoff");
    expect(await lichengAchieved()).toEqual({ city: 4, licheng: 4 });
    const series = await getIndicatorSeries(getPrisma(), indicatorId, PERIOD);
    expect(series!.months.map((month) => month.achieved)).toEqual([null, null, 4]);

    await step("licheng-approver", reportId, "sign");
    await step("dept-yanglao", reportId, "approve");
    expect(await lichengAchieved()).toEqual({ city: 9, licheng: 9 });
    expect((await getIndicatorSeries(getPrisma(), indicatorId, PERIOD))!.months[2].achieved).toBe(9);
  });
});
